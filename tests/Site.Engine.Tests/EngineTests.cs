using System.Collections.Concurrent;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Engine.Tests;

public sealed class EngineTests
{
    private static readonly Key<string> Text = new("text");

    private static IModule Emit(params string[] names)
        => Lambda.All("Emit", (_, _) => names.Select(n => new Document(n, null).With(Text, n)));

    [Fact]
    public async Task Process_sees_outputs_of_its_dependencies()
    {
        var seen = new List<string>();
        var a = new Pipeline("A").WithInput(Emit("a1", "a2"));
        var b = new Pipeline("B").DependsOn("A").WithProcess(Lambda.All("Read", (_, ctx) =>
        {
            seen.AddRange(ctx.OutputsOf("A").Select(d => d.Get(Text)));
            return [];
        }));

        var result = await new PipelineEngine([b, a]).RunAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(["a1", "a2"], seen);
    }

    [Fact]
    public async Task Process_reading_an_undeclared_pipeline_is_an_error()
    {
        var a = new Pipeline("A").WithInput(Emit("a1"));
        var b = new Pipeline("B").WithProcess(Lambda.All("Read", (_, ctx) => ctx.OutputsOf("A")));

        var result = await new PipelineEngine([a, b]).RunAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Message.Contains("does not depend on it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostProcess_sees_every_pipelines_process_outputs_and_output_sees_postprocess()
    {
        var postSeen = new ConcurrentBag<string>();
        var outputSeen = new ConcurrentBag<string>();
        var a = new Pipeline("A").WithInput(Emit("a")).WithPostProcess(Lambda.ForEach("Mark", (d, _) => d.With(Text, "post-a")));
        var b = new Pipeline("B").WithInput(Emit("b"))
            .WithPostProcess(Lambda.All("ReadA", (docs, ctx) =>
            {
                foreach (var d in ctx.OutputsOf("A"))
                {
                    postSeen.Add(d.Get(Text));
                }

                return docs;
            }))
            .WithOutput(Lambda.All("ReadAOut", (docs, ctx) =>
            {
                foreach (var d in ctx.OutputsOf("A"))
                {
                    outputSeen.Add(d.Get(Text));
                }

                return docs;
            }));

        var result = await new PipelineEngine([a, b]).RunAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(["a"], postSeen);
        Assert.Equal(["post-a"], outputSeen);
    }

    [Fact]
    public async Task Independent_pipelines_run_concurrently()
    {
        using var bothStarted = new CountdownEvent(2);
        IModule Wait() => Lambda.All("Wait", (docs, _) =>
        {
            bothStarted.Signal();
            // Each pipeline waits for the other to start: this only finishes if they run at the same time.
            Assert.True(bothStarted.Wait(TimeSpan.FromSeconds(10)));
            return docs;
        });

        var result = await new PipelineEngine([new Pipeline("A").WithProcess(Wait()), new Pipeline("B").WithProcess(Wait())]).RunAsync();

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task A_throwing_module_fails_its_pipeline_and_dependents_but_not_others()
    {
        var a = new Pipeline("A").WithProcess(Lambda.All("Boom", (_, _) => throw new InvalidOperationException("boom")));
        var b = new Pipeline("B").DependsOn("A").WithInput(Emit("b"));
        var c = new Pipeline("C").WithInput(Emit("c"));

        var result = await new PipelineEngine([a, b, c]).RunAsync();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Outputs["B"]);
        Assert.Single(result.Outputs["C"]);
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Message.Contains("boom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Per_document_failures_are_reported_at_the_source_and_other_documents_survive()
    {
        var a = new Pipeline("A").WithInput(Emit("good.md", "bad.md", "good2.md"))
            .WithProcess(Lambda.ForEach("Check", (d, _) =>
                d.Source == "bad.md" ? throw new FormatException("cannot read") : d));

        var result = await new PipelineEngine([a]).RunAsync();

        Assert.Equal(["good.md", "good2.md"], result.Outputs["A"].Select(d => d.Source));
        var error = Assert.Single(result.Diagnostics.Sorted());
        Assert.Equal("bad.md", error.Location?.Path);
    }

    [Fact]
    public async Task Per_document_modules_keep_input_order()
    {
        var names = Enumerable.Range(0, 500).Select(i => $"d{i:000}").ToArray();
        var a = new Pipeline("A").WithInput(Emit(names))
            .WithProcess(Lambda.ForEach("Slow", (d, _) =>
            {
                Thread.SpinWait(Random.Shared.Next(1000));
                return d.With(Text, d.Get(Text).ToUpperInvariant());
            }));

        var result = await new PipelineEngine([a]).RunAsync();

        Assert.Equal(names.Select(n => n.ToUpperInvariant()), result.Outputs["A"].Select(d => d.Get(Text)));
    }

    [Fact]
    public void Dependency_cycles_and_unknown_dependencies_are_rejected()
    {
        var cycle = Assert.Throws<InvalidOperationException>(() =>
            new PipelineEngine([new Pipeline("A").DependsOn("B"), new Pipeline("B").DependsOn("A")]));
        Assert.Contains("cycle", cycle.Message, StringComparison.Ordinal);

        var unknown = Assert.Throws<InvalidOperationException>(() => new PipelineEngine([new Pipeline("A").DependsOn("Z")]));
        Assert.Contains("unknown pipeline 'Z'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timings_cover_every_phase_that_ran()
    {
        var a = new Pipeline("A").WithInput(Emit("x", "y")).WithProcess(Lambda.ForEach("Id", (d, _) => d));

        var result = await new PipelineEngine([a]).RunAsync();

        Assert.Contains(result.Timings, t => t is { Pipeline: "A", Phase: Phase.Input, Documents: 2 });
        Assert.Contains(result.Timings, t => t is { Pipeline: "A", Phase: Phase.Process, Documents: 2 });
        Assert.Contains("| A ", result.FormatTimings(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_are_found_by_type()
    {
        var settings = new List<string> { "configured" };
        string? seen = null;
        var a = new Pipeline("A").WithProcess(Lambda.All("Read", (docs, ctx) =>
        {
            seen = ctx.GetService<List<string>>()[0];
            return docs;
        }));

        await new PipelineEngine([a], [settings]).RunAsync();

        Assert.Equal("configured", seen);
    }

    [Fact]
    public async Task Transient_outputs_are_read_by_dependents_in_process_and_then_dropped()
    {
        var seen = new List<string>();
        var a = new Pipeline("A").AsTransient().WithInput(Emit("a1", "a2"));
        var b = new Pipeline("B").DependsOn("A").WithProcess(Lambda.All("Read", (_, ctx) =>
        {
            seen.AddRange(ctx.OutputsOf("A").Select(d => d.Get(Text)));
            return [];
        }));
        var late = new Pipeline("Late").WithPostProcess(Lambda.All("ReadLate", (docs, ctx) => ctx.OutputsOf("A")));

        var result = await new PipelineEngine([a, b, late]).RunAsync();

        Assert.Equal(["a1", "a2"], seen);
        Assert.Empty(result.Outputs["A"]);
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Message.Contains("'A' is transient", StringComparison.Ordinal));
    }

    [Fact]
    public void A_transient_pipeline_cannot_have_late_phases()
        => Assert.Throws<InvalidOperationException>(() =>
            new PipelineEngine([new Pipeline("A").AsTransient().WithPostProcess(Lambda.All("X", (d, _) => d))]));
}
