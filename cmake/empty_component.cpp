// Stands in for a component directory that has no sources yet.
