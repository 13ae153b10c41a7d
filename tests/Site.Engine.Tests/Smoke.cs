namespace Site.Engine.Tests;
