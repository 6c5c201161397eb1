using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CandidateBank.Api.Tests;

/// <summary>Every refusal in our words: <c>errors</c> keyed by JSON path or parameter, no framework or .NET names, readable JSON.</summary>
public sealed class ProblemWordingTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();
    private HttpClient Consultant => _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<(string Raw, JsonObject Problem)> Read(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("CandidateBank.", raw);
        Assert.DoesNotContain("System.", raw);
        Assert.DoesNotContain("parameter \"", raw);
        return (raw, JsonNode.Parse(raw)!.AsObject());
    }

    private static string Error(JsonObject problem, string path) => problem["errors"]![path]![0]!.GetValue<string>();

    [Fact]
    public async Task An_empty_body_is_400_saying_what_to_send()
    {
        var (_, problem) = await Read(await Consultant.PostAsync("/api/v1/job-orders", Json("")));

        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal("The body is empty: send the job order as JSON.", problem["detail"]!.GetValue<string>());
        Assert.Equal("is empty: send the job order as JSON.", Error(problem, ""));
    }

    [Fact]
    public async Task Missing_required_properties_are_each_keyed_by_their_path()
    {
        var (_, top) = await Read(await Consultant.PostAsync("/api/v1/job-orders", Json("{}")));
        var (_, nested) = await Read(await Consultant.PostAsync("/api/v1/job-orders", Json(
            """{"title":"t","occupation":"struktør","workMunicipality":"Aarhus","startDate":"2027-03-01","company":{"name":"A/S"}}""")));

        Assert.Equal("is required.", Error(top, "title"));
        Assert.Equal("is required.", Error(top, "company"));
        Assert.Equal("is required.", Error(nested, "company.cvr"));
        Assert.Equal("is required.", Error(nested, "company.contactEmail"));
    }

    [Theory]
    [InlineData("""{"positions":"fire"}""", "positions", "must be a whole number.")]
    [InlineData("""{"startDate":"01-03-2027"}""", "startDate", "must be a date written yyyy-mm-dd.")]
    [InlineData("""{"requiredSkills":"forskalling"}""", "requiredSkills", "must be an array.")]
    [InlineData("""{"company":{"cvr":null}}""", "company.cvr", "must not be null.")]
    [InlineData("""{"title":"t",}""", "", "is not valid JSON (line 1")]
    public async Task A_value_of_the_wrong_kind_is_keyed_by_its_path_in_our_words(string body, string path, string says)
    {
        var (_, problem) = await Read(await Consultant.PostAsync("/api/v1/job-orders", Json(body)));

        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.StartsWith(says, Error(problem, path));
    }

    [Fact]
    public async Task A_misspelt_query_parameter_is_400_naming_it_and_the_nearest_real_one()
    {
        var (_, problem) = await Read(await Consultant.GetAsync("/api/v1/job-orders?stauts=sent"));

        Assert.Equal("Unknown query parameter", problem["title"]!.GetValue<string>());
        Assert.Equal("is not a parameter of this operation (it takes status, overdue, seniorFriendly, limit, after, sort); did you mean 'status'?", Error(problem, "stauts"));
    }

    [Fact]
    public async Task A_query_value_of_the_wrong_kind_is_400_in_our_words()
    {
        var (_, problem) = await Read(await Consultant.GetAsync("/api/v1/job-orders?overdue=maybe"));

        Assert.Equal("must be true or false, not 'maybe'.", Error(problem, "overdue"));
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_415_naming_the_header()
    {
        var body = new ByteArrayContent("{}"u8.ToArray());

        var response = await Consultant.PostAsync("/api/v1/job-orders", body);
        var (_, problem) = await Read(response);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("was sent with no Content-Type header; send it as JSON with the header 'Content-Type: application/json'", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Answers_write_danish_letters_and_apostrophes_as_themselves_but_still_escape_markup()
    {
        var order = """{"title":"Struktører","occupation":"struktør","workMunicipality":"Nørre <b>By</b>","startDate":"2027-03-01","company":{"cvr":"12345678","name":"Sørens Byg","contactEmail":"a@b.dk"},"consultantEmail":"k@aarhus.dk"}""";

        var (raw, _) = await Read(await Consultant.PostAsync("/api/v1/job-orders", Json(order)));

        Assert.Contains("'12345678' is not a valid CVR number", raw);
        Assert.DoesNotContain("\\u0027", raw);
        Assert.DoesNotContain("\\u00F8", raw, StringComparison.OrdinalIgnoreCase); // ø
        Assert.Contains("'Nørre \\u003Cb\\u003EBy\\u003C/b\\u003E'", raw);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
