namespace Site.Web.Search.Lunr;

/// <summary>
/// Builds a lunr 2.3.9 index and writes it as the JSON that <c>JSON.stringify(idx)</c> gives in
/// lunr.js for the same documents, fields, boosts and pipeline, byte for byte, so that the
/// browser loads it with <c>lunr.Index.load</c>.
/// </summary>
/// <remarks>
/// Two steps per document so that a site can analyze its pages in parallel:
/// <see cref="Analyze"/> (tokenize, run the pipeline, count; thread-safe) and
/// <see cref="Add(LunrAnalyzedDocument)"/> (merge; one caller at a time, in the order the
/// documents should have in the index, because that order decides term numbers and ties).
/// lunr does not store which document field held the ref, so the builder takes refs directly.
/// </remarks>
public sealed class LunrIndexBuilder
{
    private static readonly HashSet<string> ObjectPrototypeNames = new(StringComparer.Ordinal)
    {
        "__proto__", "constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty",
        "isPrototypeOf", "propertyIsEnumerable", "__defineGetter__", "__defineSetter__",
        "__lookupGetter__", "__lookupSetter__",
    };

    private readonly LunrField[] _declaredFields;
    private readonly int[] _jsFieldOrder;
    private readonly LunrAnalyzer _analyzer;
    private readonly LunrIndexContent _content;
    private readonly List<LunrIndexedTerm?> _termsByAnalyzerId = [];
    private readonly HashSet<string> _references = new(StringComparer.Ordinal);

    /// <param name="fields">The fields to index, in declaration order.</param>
    /// <param name="pipeline">The text processing; <see cref="LunrPipeline.Default"/> when null.</param>
    /// <param name="metadataWhitelist">Token metadata to store per match (lunr's
    /// <c>metadataWhitelist</c>): "position", "index" and "fields" are known; any other key is
    /// stored as null values, as lunr does.</param>
    public LunrIndexBuilder(IEnumerable<LunrField> fields, LunrPipeline? pipeline = null, IEnumerable<string>? metadataWhitelist = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _declaredFields = [.. fields];
        ValidateFields(_declaredFields);
        string[] whitelist = [.. metadataWhitelist ?? []];
        if (whitelist.Distinct(StringComparer.Ordinal).Count() != whitelist.Length)
        {
            throw new ArgumentException("A metadata key is whitelisted twice.", nameof(metadataWhitelist));
        }
        _jsFieldOrder = [.. JsPropertyOrder.Order(Enumerable.Range(0, _declaredFields.Length).ToArray(), i => _declaredFields[i].Name)];
        Pipeline = pipeline ?? LunrPipeline.Default;
        _analyzer = new LunrAnalyzer(Pipeline, recordOccurrences: whitelist.Length > 0);
        _content = new LunrIndexContent(
            [.. _jsFieldOrder.Select(i => _declaredFields[i])],
            [.. JsPropertyOrder.Order(whitelist, key => key)],
            [.. Pipeline.SearchFunctions.Select(function => function.Label)]);
    }

    /// <summary>
    /// A new, empty builder with the same fields, pipeline and metadata as <paramref name="sibling"/>
    /// and the same analyzer, so documents analyzed by either can be added to either. Shards of one
    /// index use it: pages are analyzed once, as they are made, and assigned to shards later.
    /// </summary>
    public LunrIndexBuilder(LunrIndexBuilder sibling)
    {
        ArgumentNullException.ThrowIfNull(sibling);
        _declaredFields = sibling._declaredFields;
        _jsFieldOrder = sibling._jsFieldOrder;
        Pipeline = sibling.Pipeline;
        _analyzer = sibling._analyzer;
        _content = new LunrIndexContent(sibling._content.Fields, sibling._content.MetadataKeys, sibling._content.SearchPipelineLabels);
    }

    public LunrPipeline Pipeline { get; }

    /// <summary>The fields in declaration order: the order <see cref="Analyze"/> expects values in.</summary>
    public IReadOnlyList<LunrField> Fields => _declaredFields;

    public int DocumentCount => _content.Documents.Count;

    /// <summary>Tokenizes and counts one document. Safe to call from several threads at once.</summary>
    /// <param name="reference">The document's ref, as search results will name it.</param>
    /// <param name="fieldValues">One value per field, in the order of <see cref="Fields"/>.</param>
    /// <param name="boost">lunr's document boost; 0 counts as 1.</param>
    public LunrAnalyzedDocument Analyze(string reference, IReadOnlyList<LunrFieldValue> fieldValues, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(fieldValues);
        if (fieldValues.Count != _declaredFields.Length)
        {
            throw new ArgumentException(
                $"Expected {_declaredFields.Length} field values (one per field), got {fieldValues.Count}.", nameof(fieldValues));
        }
        var fields = new LunrFieldTerms[fieldValues.Count];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = _analyzer.Analyze(fieldValues[i]);
        }
        return new LunrAnalyzedDocument(this, reference, boost, fields);
    }

    /// <summary>
    /// Tokenizes and counts one field's value, for documents whose fields become known at different
    /// times (the body when a page is parsed, the title later). Thread-safe.
    /// </summary>
    public LunrFieldTerms AnalyzeField(LunrFieldValue value) => _analyzer.Analyze(value);

    /// <summary>The same for a text the caller holds in a buffer of its own (no string is made of it).</summary>
    public LunrFieldTerms AnalyzeField(ReadOnlySpan<char> text) => _analyzer.AnalyzeText(text);

    /// <summary>A document from fields analyzed with <see cref="AnalyzeField"/>, in field declaration order.</summary>
    public LunrAnalyzedDocument Compose(string reference, IReadOnlyList<LunrFieldTerms> fields, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count != _declaredFields.Length)
        {
            throw new ArgumentException($"Expected {_declaredFields.Length} fields, got {fields.Count}.", nameof(fields));
        }

        return new LunrAnalyzedDocument(this, reference, boost, [.. fields]);
    }

    /// <summary>Adds an analyzed document to the index. Not thread-safe; refs must be unique.</summary>
    public void Add(LunrAnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Builder._analyzer != _analyzer)
        {
            throw new ArgumentException("The document was analyzed by an unrelated builder.", nameof(document));
        }
        if (!_references.Add(document.Reference))
        {
            throw new ArgumentException($"A document with ref '{document.Reference}' was already added.", nameof(document));
        }
        int ordinal = _content.Documents.Count;
        var vectors = new LunrFieldVector[_jsFieldOrder.Length];
        for (int position = 0; position < _jsFieldOrder.Length; position++)
        {
            LunrFieldTerms field = document.Fields[_jsFieldOrder[position]];
            var elements = new long[field.TermIds.Length];
            for (int t = 0; t < field.TermIds.Length; t++)
            {
                LunrIndexedTerm term = TermFor(field.TermIds[t]);
                term.AddPosting(position, ordinal, field.Occurrences?[t], _jsFieldOrder.Length);
                elements[t] = LunrFieldVector.Pack(term.Index, field.Frequencies[t]);
            }
            Array.Sort(elements);
            vectors[position] = new LunrFieldVector(field.Length, elements);
            _content.FieldLengthSums[position] += field.Length;
        }
        _content.Documents.Add(new LunrIndexedDocument(document.Reference, document.Boost, vectors));
    }

    /// <summary>Analyzes and adds a document in one step.</summary>
    public void Add(string reference, IReadOnlyList<LunrFieldValue> fieldValues, double boost = 1) =>
        Add(Analyze(reference, fieldValues, boost));

    /// <summary>Writes the index as lunr's JSON, streaming, in UTF-8 without a byte order mark.</summary>
    public void WriteJson(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        LunrIndexJson.Write(_content, output);
    }

    /// <summary>The index's term for an analyzer term id, numbered on first use as lunr does.</summary>
    private LunrIndexedTerm TermFor(int analyzerId)
    {
        while (_termsByAnalyzerId.Count <= analyzerId)
        {
            _termsByAnalyzerId.Add(null);
        }
        if (_termsByAnalyzerId[analyzerId] is not { } term)
        {
            term = new LunrIndexedTerm(_analyzer.Terms.TermOf(analyzerId), _content.Terms.Count);
            _termsByAnalyzerId[analyzerId] = term;
            _content.Terms.Add(term);
        }
        return term;
    }

    private static void ValidateFields(LunrField[] fields)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (LunrField field in fields)
        {
            ArgumentNullException.ThrowIfNull(field, nameof(fields));
            if (field.Name.Contains('/', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Field '{field.Name}' contains '/', which lunr uses to join field and ref.", nameof(fields));
            }
            if (field.Name == "_index" || ObjectPrototypeNames.Contains(field.Name))
            {
                // lunr.js itself breaks on these: "_index" collides with the term number in every
                // posting, and the Object.prototype names turn its average field lengths into NaN.
                throw new ArgumentException($"Field name '{field.Name}' is reserved in lunr.js.", nameof(fields));
            }
            if (!names.Add(field.Name))
            {
                throw new ArgumentException($"Field '{field.Name}' is declared twice.", nameof(fields));
            }
        }
    }
}
