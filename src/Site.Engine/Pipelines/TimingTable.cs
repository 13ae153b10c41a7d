using System.Globalization;
using System.Text;

namespace Site.Engine.Pipelines;

/// <summary>Statiq-style table: one row per pipeline, documents and milliseconds per phase.</summary>
public static class TimingTable
{
    private static readonly Phase[] Phases = Enum.GetValues<Phase>();

    public static string Format(IReadOnlyList<PhaseTiming> timings, IReadOnlyList<string> pipelineOrder, TimeSpan total)
    {
        var rows = new List<string[]>
        {
            new[] { "Pipeline" }.Concat(Phases.Select(p => p.ToString())).Append("Total ms").ToArray(),
        };
        foreach (var pipeline in pipelineOrder)
        {
            var row = new List<string> { pipeline };
            double sum = 0;
            foreach (var phase in Phases)
            {
                var timing = timings.FirstOrDefault(t => t.Pipeline == pipeline && t.Phase == phase);
                if (timing is null)
                {
                    row.Add("-");
                    continue;
                }

                sum += timing.Elapsed.TotalMilliseconds;
                row.Add(string.Create(CultureInfo.InvariantCulture, $"{timing.Documents} / {timing.Elapsed.TotalMilliseconds:0} ms"));
            }

            row.Add(sum.ToString("0", CultureInfo.InvariantCulture));
            rows.Add([.. row]);
        }

        rows.Add(new[] { "Build (wall)" }.Concat(Phases.Select(_ => string.Empty))
            .Append(total.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)).ToArray());
        return Render(rows);
    }

    private static string Render(List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        text.AppendLine(rule);
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append('|');
            for (var c = 0; c < widths.Length; c++)
            {
                var cell = c == 0 ? rows[r][c].PadRight(widths[c]) : rows[r][c].PadLeft(widths[c]);
                text.Append(' ').Append(cell).Append(" |");
            }

            text.AppendLine();
            if (r == 0 || r == rows.Count - 2)
            {
                text.AppendLine(rule);
            }
        }

        text.Append(rule);
        return text.ToString();
    }
}
