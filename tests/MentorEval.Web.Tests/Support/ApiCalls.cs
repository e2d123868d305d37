using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorEval.Web.Api;

namespace MentorEval.Web.Tests.Support;

public static class ApiCalls
{
    public static readonly JsonSerializerOptions Json = Options();

    private static JsonSerializerOptions Options()
    {
        var options = new JsonSerializerOptions();
        ApiJson.Configure(options);
        return options;
    }

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("No JSON in: " + text);
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static JsonNode AsJson<T>(T value) => JsonSerializer.SerializeToNode(value, Json)!;

    /// <summary>A multipart form with the file under "file" and the other fields as given.</summary>
    public static MultipartFormDataContent Form(string fileName, byte[] content, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, MultipartFormDataContent form) => client.PostAsync(path, form);

    public static async Task<JsonNode> ProblemAsync(this HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).ShouldBe(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.JsonAsync();
        problem["status"]!.GetValue<int>().ShouldBe(status);
        return problem;
    }

    public static Task<T?> ReadAsync<T>(this HttpResponseMessage response) => response.Content.ReadFromJsonAsync<T>(Json);
}
