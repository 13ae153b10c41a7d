namespace Site.Releases;
