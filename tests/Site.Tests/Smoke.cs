namespace Site.Tests;
