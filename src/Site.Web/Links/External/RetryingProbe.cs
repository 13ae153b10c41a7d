namespace Site.Web.Links.External;

/// <summary>
/// Asks one URL until the answer is final: transient failures are retried with exponential
/// backoff, 429 and 503 wait as long as Retry-After says (up to the cap). Whatever is left
/// after the last attempt is reported as what it is, never as success.
/// </summary>
internal sealed class RetryingProbe(HttpProbe probe, RetryPolicy policy, TimeProvider time)
{
    private static readonly TimeSpan OneMillisecond = TimeSpan.FromMilliseconds(1);

    public async Task<HopOutcome> ProbeAsync(Uri uri, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await probe.ProbeAsync(uri, cancellationToken).ConfigureAwait(false);
            var canRetry = attempt <= policy.MaxRetries;
            TimeSpan wait;
            switch (outcome)
            {
                case HopFailed { IsTransient: true } when canRetry:
                    wait = policy.Backoff(attempt);
                    break;
                case HopFailed failed:
                    return attempt > 1 ? failed with { Detail = $"{failed.Detail} ({attempt} attempts)" } : failed;
                case HopAnswered answer when RetryPolicy.HonoursRetryAfter(answer.StatusCode):
                    if (answer.RetryAfter > policy.MaxWait)
                    {
                        return WaitTooLong(answer);
                    }

                    if (!canRetry)
                    {
                        return GaveUp(answer, attempt);
                    }

                    wait = answer.RetryAfter ?? policy.Backoff(attempt);
                    break;
                case HopAnswered answer when RetryPolicy.IsTransientStatus(answer.StatusCode):
                    if (!canRetry)
                    {
                        return GaveUp(answer, attempt);
                    }

                    wait = policy.Backoff(attempt);
                    break;
                default:
                    return outcome;
            }

            await WaitAtLeastAsync(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Retry-After is a minimum. Timers run on a millisecond tick and can fire a fraction of a
    /// millisecond early, so the remainder is measured on the precise clock and waited out.
    /// </summary>
    private async Task WaitAtLeastAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        for (var left = wait - time.GetElapsedTime(started); left > TimeSpan.Zero; left = wait - time.GetElapsedTime(started))
        {
            await Task.Delay(left < OneMillisecond ? OneMillisecond : left, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private HopFailed WaitTooLong(HopAnswered answer)
        => new(
            StatusFor(answer),
            $"{answer.StatusText}; the server asked to retry after {Durations.Seconds(answer.RetryAfter!.Value)}, "
                + $"longer than the {Durations.Seconds(policy.MaxWait)} allowed",
            answer.StatusCode);

    private static HopFailed GaveUp(HopAnswered answer, int attempts)
        => new(StatusFor(answer), attempts > 1 ? $"{answer.StatusText} ({attempts} attempts)" : answer.StatusText, answer.StatusCode);

    private static ExternalLinkStatus StatusFor(HopAnswered answer)
        => answer.StatusCode == 429 ? ExternalLinkStatus.RateLimited : ExternalLinkStatus.Broken;
}
