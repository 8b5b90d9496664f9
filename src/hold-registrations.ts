import { holdRegistrations } from './registration.js';

// Imported first by src/bundle.ts, before the elements' modules ask to be registered: see there why.
holdRegistrations();
