namespace Site.Cli.Preview;

/// <summary>The server could not listen where it was asked to (port taken, address not on this machine, no permission).</summary>
public sealed class CannotListenException : IOException
{
    public CannotListenException()
    {
    }

    public CannotListenException(string message)
        : base(message)
    {
    }

    public CannotListenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
