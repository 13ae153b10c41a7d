using YamlDotNet.Serialization;

namespace Site.Releases.Settings;

/// <summary>YamlDotNet's generated readers for the release settings and the feature alias file (no reflection: native AOT).</summary>
[YamlStaticContext]
[YamlSerializable(typeof(ReleaseSettings))]
[YamlSerializable(typeof(SectionNames))]
[YamlSerializable(typeof(FeatureAliasGroup))]
public sealed partial class ReleaseSettingsYaml : StaticContext;
