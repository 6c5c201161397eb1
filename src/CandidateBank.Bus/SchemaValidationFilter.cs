using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using CandidateBank.Contracts;
using MassTransit;
using NJsonSchema;

namespace CandidateBank.Bus;

/// <summary>
/// Checks every incoming message against its schema in schemas/ before a consumer sees it, so a partner's message
/// that breaks the published contract is dead-lettered with the schema errors and never half-applied.
/// Plain JSON from partners is validated whole; a MassTransit envelope by its <c>message</c> property.
/// </summary>
public sealed class SchemaValidationFilter<T> : IFilter<ConsumeContext<T>> where T : class
{
    private static readonly ConcurrentDictionary<Type, JsonSchema?> Schemas = new();
    private const int MaxReportedErrors = 10;

    /// <summary>
    /// Far above any real message (a profile's longest field, the summary, is 10,000 characters), far below what
    /// RabbitMQ accepts (128 MB): an oversized message is refused by its size before its JSON is even validated.
    /// </summary>
    public const int MaxMessageBytes = 1024 * 1024;

    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var schema = Schemas.GetOrAdd(typeof(T), type => ContractSchemas.For(type) is { } text ? JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult() : null);
        var size = context.ReceiveContext.Body.Length ?? 0;
        if (size > MaxMessageBytes)
            throw new InvalidMessageException(string.Create(CultureInfo.InvariantCulture, $"{typeof(T).Name} message is {size:N0} bytes; at most {MaxMessageBytes:N0} bytes are accepted."));
        if (schema is not null)
        {
            var document = MessageDocument(context);
            var errors = schema.Validate(document);
            if (errors.Count > 0)
                throw new InvalidMessageException(
                    $"{typeof(T).Name} does not match schemas/{typeof(T).Name}.schema.json: " +
                    string.Join("; ", errors.Take(MaxReportedErrors).Select(e => $"{(string.IsNullOrEmpty(e.Path) ? "#" : e.Path)}: {e.Kind}")));
        }
        await next.Send(context);
    }

    private static string MessageDocument(ConsumeContext<T> context)
    {
        var body = context.ReceiveContext.Body.GetString();
        if (context.ReceiveContext.ContentType?.MediaType == "application/json") return body;
        using var envelope = JsonDocument.Parse(body);
        return envelope.RootElement.TryGetProperty("message", out var message) ? message.GetRawText() : body;
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("schemaValidation");
}
