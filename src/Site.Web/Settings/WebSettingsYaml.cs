using YamlDotNet.Serialization;

namespace Site.Web.Settings;

/// <summary>
/// YamlDotNet's generated readers for the settings this assembly defines: settings are read
/// without reflection, as native AOT needs.
/// </summary>
[YamlStaticContext]
[YamlSerializable(typeof(SiteSettings))]
[YamlSerializable(typeof(ImportedPostSettings))]
[YamlSerializable(typeof(ExternalLinkSettings))]
[YamlSerializable(typeof(ContentRootSettings))]
public sealed partial class WebSettingsYaml : StaticContext;
