namespace Site.Releases.Tests;
