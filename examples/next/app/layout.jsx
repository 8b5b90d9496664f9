export default function Layout({ children }) {
  return (
    <html lang="kk">
      <body>{children}</body>
    </html>
  );
}
