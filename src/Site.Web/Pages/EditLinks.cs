using System.Globalization;
using Site.Web.Settings;

namespace Site.Web.Pages;

/// <summary>GitHub links to a page's source: the editor for the file, and the file at the exact line.</summary>
public sealed class EditLinks(SiteSettings settings)
{
    private readonly string? _repository = settings.Repository?.TrimEnd('/');

    public bool Enabled => !string.IsNullOrEmpty(_repository);

    public string? Edit(SourcePointer? source)
        => Enabled && source is not null ? $"{_repository}/edit/{settings.Branch}/{Escape(source.Path)}" : null;

    public string? View(SourcePointer? source)
        => Enabled && source is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{_repository}/blob/{settings.Branch}/{Escape(source.Path)}#L{Math.Max(1, source.Line)}")
            : null;

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
