using System.Globalization;
using System.Text;
using System.Xml;
using Site.Engine.Diagnostics;

namespace Site.Cli.Reporting;

/// <summary>
/// Writes a JUnit XML report with one testsuite. Shape (ESLint's JUnit formatter, which GitHub
/// reporter actions, GitLab and Jenkins all display well): a checked file without problems is one
/// passing testcase; a file with problems has one testcase per problem, so every broken link is
/// its own row ("seeds/a.md:3:7 #usage-2: no such anchor…") — most dashboards show only the first
/// failure of a testcase, so one testcase per file would hide all but one broken link.
/// Errors are failures; warnings are skipped testcases, visible but not failing, as the exit
/// code does not fail on them either. The classname is the path without extension, because
/// Jenkins splits classnames at the last dot; the full path is in the file and line attributes
/// that GitLab and the GitHub reporter actions read for annotations.
/// </summary>
public static class JUnitReportWriter
{
    public const string SuiteName = "site check";

    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var cases = TestCases(report);
        var failures = cases.Count(c => c.Problem?.Severity == Severity.Error);
        var skipped = cases.Count(c => c.Problem?.Severity == Severity.Warning);
        var time = report.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            WriteCounts(xml, cases.Count, failures, skipped, time);
            xml.WriteStartElement("testsuite");
            WriteCounts(xml, cases.Count, failures, skipped, time);
            foreach (var testCase in cases)
            {
                WriteTestCase(xml, testCase);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private sealed record TestCase(string? File, Diagnostic? Problem);

    /// <summary>Files in path order; within a file, its problems in the report's order.</summary>
    private static List<TestCase> TestCases(CheckReport report)
    {
        var problemsByFile = report.Diagnostics.ToLookup(d => d.Location?.Path);
        var files = report.CheckedFiles
            .Concat(report.Diagnostics.Select(d => d.Location?.Path).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var cases = new List<TestCase>();
        foreach (var file in files)
        {
            var problems = problemsByFile[file].ToList();
            cases.AddRange(problems.Count == 0 ? [new TestCase(file, null)] : problems.Select(p => new TestCase(file, p)));
        }

        cases.AddRange(problemsByFile[null].Select(p => new TestCase(null, p)));
        return cases;
    }

    private static void WriteCounts(XmlWriter xml, int tests, int failures, int skipped, string time)
    {
        xml.WriteAttributeString("name", SuiteName);
        xml.WriteAttributeString("tests", Number(tests));
        xml.WriteAttributeString("failures", Number(failures));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Number(skipped));
        xml.WriteAttributeString("time", time);
    }

    private static void WriteTestCase(XmlWriter xml, TestCase testCase)
    {
        var problem = testCase.Problem;
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", testCase.File is { } file ? WithoutExtension(file) : CheckReport.ToolName);
        xml.WriteAttributeString("name", Clean(problem is null ? testCase.File! : Name(problem)));
        if (testCase.File is not null)
        {
            xml.WriteAttributeString("file", Clean(testCase.File));
        }

        if (problem?.Location is { Line: > 0 } location)
        {
            xml.WriteAttributeString("line", Number(location.Line));
        }

        xml.WriteAttributeString("time", "0");
        switch (problem?.Severity)
        {
            case Severity.Error:
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", Clean(MessageWithHint(problem)));
                xml.WriteAttributeString("type", problem.Code ?? "error");
                xml.WriteString(Clean(Details(problem)));
                xml.WriteEndElement();
                break;
            case Severity.Warning:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", Clean("warning: " + MessageWithHint(problem)));
                xml.WriteEndElement();
                break;
            case Severity.Info:
                xml.WriteElementString("system-out", Clean(Details(problem)));
                break;
        }

        xml.WriteEndElement();
    }

    private static string Name(Diagnostic problem)
        => problem.Location is { } location ? $"{location} {problem.Message}" : problem.Message;

    private static string MessageWithHint(Diagnostic problem)
        => problem.Hint is null ? problem.Message : $"{problem.Message} ({problem.Hint})";

    /// <summary>The compiler-style line ("file:line:col: error: message (hint)"), then the URL when there is one.</summary>
    private static string Details(Diagnostic problem)
        => problem.Url is null ? problem.ToString() : problem + "\nurl: " + problem.Url;

    private static string WithoutExtension(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1 ? path[..dot] : path;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>XML 1.0 cannot carry most control characters, even escaped; they become U+FFFD.</summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return clean.ToString();
    }
}
