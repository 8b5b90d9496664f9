// A static export (`out/`), so the example's page can be served as files; a route rendered on
// each request needs nothing else of the package.
export default { output: 'export' };
