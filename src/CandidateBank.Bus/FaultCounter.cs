using CandidateBank.Matching.Telemetry;
using MassTransit;

namespace CandidateBank.Bus;

/// <summary>Counts every failed consume by message type; one refused for good (<see cref="InvalidMessageException"/>) goes to the error queue.</summary>
public sealed class FaultCounter : IConsumeObserver
{
    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        CandidateBankMeter.MessagesFaulted.Add(1, new("message", typeof(T).Name), new("dead_lettered", exception is InvalidMessageException));
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;
}
