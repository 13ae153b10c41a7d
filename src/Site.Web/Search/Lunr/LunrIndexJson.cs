namespace Site.Web.Search.Lunr;

/// <summary>
/// Serializes an index the way <c>JSON.stringify(idx)</c> does in lunr.js 2.3.9 (lunr.Index's
/// toJSON): version, fields, fieldVectors in document then field order, invertedIndex sorted by
/// UTF-16 code units, and the search pipeline's labels. Streams; the only thing held in memory
/// besides the index is one idf per term.
/// </summary>
internal static class LunrIndexJson
{
    private const string LunrVersion = "2.3.9";

    /// <summary>Stands for "_index" among the field numbers of a posting's keys.</summary>
    private const int TermIndexKey = -1;

    public static void Write(LunrIndexContent content, Stream stream)
    {
        using var json = new JsonUtf8Writer(stream);
        byte[][] references = [.. content.Documents.Select(document => JsonUtf8Writer.EncodeStringContent(document.Reference))];
        byte[][] fieldNames = [.. content.Fields.Select(field => JsonUtf8Writer.EncodeStringContent(field.Name))];
        json.WriteRaw("{\"version\":"u8);
        json.WriteString(LunrVersion);
        json.WriteRaw(",\"fields\":"u8);
        WriteStrings(json, content.Fields.Select(field => field.Name));
        json.WriteRaw(",\"fieldVectors\":["u8);
        WriteFieldVectors(json, content, fieldNames, references);
        json.WriteRaw("],\"invertedIndex\":["u8);
        WriteInvertedIndex(json, content, fieldNames, references);
        json.WriteRaw("],\"pipeline\":"u8);
        WriteStrings(json, content.SearchPipelineLabels);
        json.WriteByte((byte)'}');
        json.Flush();
    }

    private static void WriteFieldVectors(JsonUtf8Writer json, LunrIndexContent content, byte[][] fieldNames, byte[][] references)
    {
        int documentCount = content.Documents.Count;
        double[] averageLengths = [.. content.FieldLengthSums.Select(sum => (double)sum / documentCount)];
        double[] fieldBoosts = [.. content.Fields.Select(field => LunrScoring.EffectiveBoost(field.Boost))];
        double[] idfs = [.. content.Terms.Select(term => LunrScoring.InverseDocumentFrequency(term.DocumentFrequency, documentCount))];
        bool first = true;
        for (int d = 0; d < documentCount; d++)
        {
            LunrIndexedDocument document = content.Documents[d];
            double documentBoost = LunrScoring.EffectiveBoost(document.Boost);
            for (int f = 0; f < fieldNames.Length; f++)
            {
                if (!first)
                {
                    json.WriteByte((byte)',');
                }
                first = false;
                json.WriteRaw("[\""u8);
                json.WriteRaw(fieldNames[f]);
                json.WriteByte((byte)'/');
                json.WriteRaw(references[d]);
                json.WriteRaw("\",["u8);
                LunrFieldVector vector = document.Vectors[f];
                for (int e = 0; e < vector.PackedTerms.Length; e++)
                {
                    int termIndex = LunrFieldVector.TermIndexOf(vector.PackedTerms[e]);
                    double score = LunrScoring.ScoreInThousandths(
                        idfs[termIndex], LunrFieldVector.FrequencyOf(vector.PackedTerms[e]), vector.Length,
                        averageLengths[f], fieldBoosts[f], documentBoost);
                    if (e > 0)
                    {
                        json.WriteByte((byte)',');
                    }
                    json.WriteInteger(termIndex);
                    json.WriteByte((byte)',');
                    json.WriteThousandths(score);
                }
                json.WriteRaw("]]"u8);
            }
        }
    }

    private static void WriteInvertedIndex(JsonUtf8Writer json, LunrIndexContent content, byte[][] fieldNames, byte[][] references)
    {
        LunrIndexedTerm[] terms = [.. content.Terms];
        Array.Sort(terms, (a, b) => string.CompareOrdinal(a.Text, b.Text));
        var postingOrder = new PostingOrder(content.Documents);
        int[] postingKeys = PostingKeys(content.Fields);
        for (int t = 0; t < terms.Length; t++)
        {
            LunrIndexedTerm term = terms[t];
            if (t > 0)
            {
                json.WriteByte((byte)',');
            }
            json.WriteByte((byte)'[');
            json.WriteString(term.Text);
            json.WriteRaw(",{"u8);
            for (int k = 0; k < postingKeys.Length; k++)
            {
                if (k > 0)
                {
                    json.WriteByte((byte)',');
                }
                int field = postingKeys[k];
                if (field == TermIndexKey)
                {
                    json.WriteRaw("\"_index\":"u8);
                    json.WriteInteger(term.Index);
                    continue;
                }
                json.WriteByte((byte)'"');
                json.WriteRaw(fieldNames[field]);
                json.WriteRaw("\":{"u8);
                WriteFieldPosting(json, content, term, field, postingOrder, references);
                json.WriteByte((byte)'}');
            }
            json.WriteRaw("}]"u8);
        }
    }

    /// <summary>The keys of a posting object in JavaScript order: lunr inserts "_index" and then
    /// the fields, but array-index field names ("0", "1") are enumerated before "_index".</summary>
    private static int[] PostingKeys(LunrField[] fields)
    {
        int beforeIndex = fields.TakeWhile(field => JsPropertyOrder.IsArrayIndex(field.Name, out _)).Count();
        return [.. Enumerable.Range(0, beforeIndex), TermIndexKey, .. Enumerable.Range(beforeIndex, fields.Length - beforeIndex)];
    }

    private static void WriteFieldPosting(
        JsonUtf8Writer json, LunrIndexContent content, LunrIndexedTerm term, int field, PostingOrder postingOrder, byte[][] references)
    {
        IReadOnlyList<int> documents = term.DocumentsIn(field);
        bool first = true;
        foreach (int postingNumber in postingOrder.Of(documents))
        {
            if (!first)
            {
                json.WriteByte((byte)',');
            }
            first = false;
            json.WriteByte((byte)'"');
            json.WriteRaw(references[documents[postingNumber]]);
            json.WriteRaw("\":"u8);
            WriteMetadata(json, content, term.OccurrencesIn(field, postingNumber), content.Fields[field].Name);
        }
    }

    private static void WriteMetadata(JsonUtf8Writer json, LunrIndexContent content, LunrTokenOccurrence[] occurrences, string fieldName)
    {
        json.WriteByte((byte)'{');
        for (int k = 0; k < content.MetadataKeys.Length; k++)
        {
            string key = content.MetadataKeys[k];
            if (k > 0)
            {
                json.WriteByte((byte)',');
            }
            json.WriteString(key);
            json.WriteRaw(":["u8);
            for (int o = 0; o < occurrences.Length; o++)
            {
                if (o > 0)
                {
                    json.WriteByte((byte)',');
                }
                WriteMetadataValue(json, key, occurrences[o], fieldName);
            }
            json.WriteByte((byte)']');
        }
        json.WriteByte((byte)'}');
    }

    /// <summary>What lunr's tokenizer puts in a token's metadata; a missing value (tokens of a
    /// list-valued field have no position or index, and other keys are never set) is undefined
    /// in JavaScript, which JSON.stringify writes as null inside an array.</summary>
    private static void WriteMetadataValue(JsonUtf8Writer json, string key, LunrTokenOccurrence occurrence, string fieldName)
    {
        switch (key)
        {
            case "position" when occurrence.HasPosition:
                json.WriteByte((byte)'[');
                json.WriteInteger(occurrence.Start);
                json.WriteByte((byte)',');
                json.WriteInteger(occurrence.Length);
                json.WriteByte((byte)']');
                break;
            case "index" when occurrence.HasPosition:
                json.WriteInteger(occurrence.TokenIndex);
                break;
            case "fields":
                json.WriteByte((byte)'[');
                json.WriteString(fieldName);
                json.WriteByte((byte)']');
                break;
            default:
                json.WriteRaw("null"u8);
                break;
        }
    }

    private static void WriteStrings(JsonUtf8Writer json, IEnumerable<string> values)
    {
        json.WriteByte((byte)'[');
        bool first = true;
        foreach (string value in values)
        {
            if (!first)
            {
                json.WriteByte((byte)',');
            }
            first = false;
            json.WriteString(value);
        }
        json.WriteByte((byte)']');
    }
}
