using Site.Releases.Model;
using Site.Releases.Settings;

namespace Site.Releases.Merging;

/// <summary>
/// The groups of the site: those the lists of groups name (retired ones marked), plus groups
/// only seen as labels ("**Federation**" in release notes). Maps the many ways documents write
/// a group ("API Machinery", "SIG-API-Machinery", "cli") to one group.
/// </summary>
public sealed class SigRegistry
{
    private readonly ReleaseSettings _settings;
    private readonly Dictionary<string, Sig> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _displayLabels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Sig?> _known = new(StringComparer.Ordinal);

    public SigRegistry(ReleaseSettings settings, IEnumerable<SigFact> listed)
    {
        _settings = settings;
        foreach (var fact in listed)
        {
            if (!_byName.TryGetValue(fact.Name, out var sig))
            {
                sig = new Sig(fact.Name, fact.Name) { Listed = true, Source = fact.Source };
                _byName[fact.Name] = sig;
            }

            sig.Retired |= fact.Retired;
        }
    }

    public IEnumerable<Sig> All => _byName.Values;

    /// <summary>No group is listed or made yet, so <see cref="Resolve"/> without <c>create</c> finds none.</summary>
    public bool IsEmpty => _byName.Count == 0;

    /// <summary>Finds the group a label names; with <paramref name="create"/>, makes an unlisted one if none does.</summary>
    public Sig? Resolve(string label, bool create)
    {
        // Thousands of features carry the same few labels; each is looked up once. A group found is
        // found again (every new group clears what is remembered), an unknown label may still create one.
        if (_known.TryGetValue(label, out var known) && (known is not null || !create))
        {
            return known;
        }

        var found = Find(label, create);
        if (!create || found is not null)
        {
            _known[label] = found;
        }

        return found;
    }

    private Sig? Find(string label, bool create)
    {
        var key = Normalize(label);
        if (key.Length == 0)
        {
            return null;
        }

        if (Exact(key) is { } exact)
        {
            // Only a label that names the group exactly and is written for readers ("API Machinery",
            // not the "cli" of "cli: kubectl diff") is a good display name.
            if (label.Any(char.IsUpper))
            {
                _displayLabels.TryAdd(exact.Name, StripGroupWord(label));
            }
            return exact;
        }

        if (ByPrefix(key) is { } byPrefix)
        {
            return byPrefix;
        }

        if (!create)
        {
            return null;
        }

        var name = _settings.GroupPrefixes.FirstOrDefault() is { } prefix ? prefix + "-" + key : key;
        var sig = new Sig(name, name) { Listed = false };
        _byName[name] = sig;
        _known.Clear(); // labels remembered as unknown may name the new group
        _displayLabels[name] = StripGroupWord(label);
        return sig;
    }

    /// <summary>Final groups with display names ("SIG API Machinery"), ordered by name.</summary>
    public IReadOnlyList<Sig> Build()
        => _byName.Values
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s =>
            {
                var display = new Sig(s.Name, DisplayName(s.Name))
                {
                    Retired = s.Retired,
                    Listed = s.Listed,
                    Source = s.Source,
                };
                display.Features.AddRange(s.Features);
                return display;
            })
            .ToList();

    private Sig? Exact(string key)
    {
        if (_byName.TryGetValue(key, out var direct))
        {
            return direct;
        }

        foreach (var prefix in _settings.GroupPrefixes)
        {
            if (_byName.TryGetValue(prefix + "-" + key, out var sig))
            {
                return sig;
            }
        }

        return null;
    }

    // "cloud" → "sig-cloud-provider" and "networking" → "sig-network", when exactly one group fits.
    private Sig? ByPrefix(string key)
    {
        if (key.Length < 3)
        {
            return null;
        }

        var longer = _byName.Values.Where(s => Rest(s.Name).StartsWith(key + "-", StringComparison.Ordinal)).Take(2).ToList();
        if (longer.Count == 1)
        {
            return longer[0];
        }

        var shorter = _byName.Values.Where(s => Rest(s.Name) is { Length: >= 4 } rest && key.StartsWith(rest, StringComparison.Ordinal)).Take(2).ToList();
        return shorter.Count == 1 ? shorter[0] : null;
    }

    private string Rest(string name)
    {
        foreach (var prefix in _settings.GroupPrefixes)
        {
            if (name.StartsWith(prefix + "-", StringComparison.Ordinal))
            {
                return name[(prefix.Length + 1)..];
            }
        }

        return name;
    }

    private string Normalize(string label)
    {
        var slug = Slug(label);
        foreach (var prefix in _settings.GroupPrefixes)
        {
            if (slug.StartsWith(prefix + "-", StringComparison.Ordinal) && slug.Length > prefix.Length + 1)
            {
                return slug[(prefix.Length + 1)..];
            }
        }

        return slug;
    }

    private string StripGroupWord(string label)
    {
        var trimmed = label.Trim();
        foreach (var prefix in _settings.GroupPrefixes)
        {
            if (trimmed.Length > prefix.Length + 1 && trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && trimmed[prefix.Length] is '-' or ' ')
            {
                return trimmed[(prefix.Length + 1)..].Replace('-', ' ');
            }
        }

        return trimmed;
    }

    private string DisplayName(string name)
    {
        var prefix = _settings.GroupPrefixes.FirstOrDefault(p => name.StartsWith(p + "-", StringComparison.Ordinal));
        var kind = prefix is not null && _settings.GroupKindNames.TryGetValue(prefix, out var k) ? k : prefix?.ToUpperInvariant();
        var rest = _displayLabels.TryGetValue(name, out var label) && label.Length > 0 ? label : Humanize(Rest(name));
        return kind is null ? rest : kind + " " + rest;
    }

    // "api-machinery" → "API Machinery": the settings spell the words that are not simply capitalized.
    private string Humanize(string slug)
        => string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => _settings.GroupAcronyms.FirstOrDefault(a => a.Equals(w, StringComparison.OrdinalIgnoreCase)) ?? char.ToUpperInvariant(w[0]) + w[1..]));

    public static string Slug(string text)
    {
        // Lower-case ASCII letters and digits, every other run of characters one hyphen, none at
        // either end. Called for every feature of every build, so no builder: one buffer, one string.
        var source = text.AsSpan();
        var buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var length = 0;
        foreach (var original in source)
        {
            // Lowered first: a few non-ASCII letters lower to ASCII ones (the Kelvin sign to k).
            var c = char.ToLowerInvariant(original);
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = c;
            }
            else if (length > 0 && buffer[length - 1] != '-')
            {
                buffer[length++] = '-';
            }
        }

        return new string(buffer[..length].TrimEnd('-'));
    }
}
