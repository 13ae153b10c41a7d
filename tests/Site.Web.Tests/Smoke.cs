namespace Site.Web.Tests;
