using System.Reflection;
using CandidateBank.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CandidateBank.Api.Binding;

/// <summary>
/// A query parameter the operation does not take is a 400 naming it (with the nearest it does take), never ignored:
/// <c>?stauts=sent</c> would otherwise quietly answer every order.
/// </summary>
public static class KnownQueryParameters
{
    public static TBuilder RefuseUnknownQueryParameters<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var known = QueryNames(context.MethodInfo);
            return invocation =>
            {
                var request = invocation.HttpContext.Request;
                var unknown = request.Query.Keys.Where(k => !known.Contains(k)).ToList();
                if (unknown.Count == 0) return next(invocation);
                var taken = known.Where(k => !request.RouteValues.ContainsKey(k)).ToList(); // a handler's route values are not query parameters
                return ValueTask.FromResult<object?>(TypedResults.ValidationProblem(unknown.ToDictionary(k => k, k => new[] { Problem(k, taken) }),
                    title: "Unknown query parameter"));
            };
        });

    private static string Problem(string name, IReadOnlyCollection<string> known)
    {
        if (known.Count == 0) return "is not a parameter of this operation, which takes none.";
        var nearest = known.MinBy(k => EditDistance.Between(k.ToLowerInvariant(), name.ToLowerInvariant()))!;
        var hint = EditDistance.Between(nearest.ToLowerInvariant(), name.ToLowerInvariant()) <= Math.Max(2, name.Length / 3) ? $"; did you mean '{nearest}'?" : ".";
        return $"is not a parameter of this operation (it takes {string.Join(", ", known)}){hint}";
    }

    /// <summary>The handler's parameters bound from the query string: simple values (string, or a type with TryParse).</summary>
    private static HashSet<string> QueryNames(MethodInfo handler) =>
        handler.GetParameters()
            .Where(p => p.GetCustomAttribute<FromRouteAttribute>() is null && p.GetCustomAttribute<FromServicesAttribute>() is null)
            .Where(p => p.ParameterType == typeof(string) || HasTryParse(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static bool HasTryParse(Type type) =>
        type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]) is not null
        || type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]) is not null;
}
