namespace Stancewatch.Training.Evaluation;

/// <summary>The gold and system files cannot be compared (their characters differ, or a file is malformed).</summary>
public sealed class UdEvaluationException : Exception
{
    public UdEvaluationException(string message)
        : base(message)
    {
    }

    public UdEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UdEvaluationException()
    {
    }
}
