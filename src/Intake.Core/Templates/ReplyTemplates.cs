using System.Collections.Concurrent;
using Fluid;
using Intake.Core.Languages;
using Microsoft.Extensions.FileProviders;

namespace Intake.Core.Templates;

/// <summary>
/// Renders replies from channel-config/templates: {kind}.{channel}.{lang}.liquid, falling back to
/// {kind}.{lang}.liquid and then to the default language. Dates are written in the culture of the language. A first line "Subject: ..." becomes the subject.
/// A template may include a part of the same directory (<c>{% include 'declaration.nl' %}</c>).
/// </summary>
public sealed class ReplyTemplates
{
    private static readonly FluidParser Parser = new();
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private readonly string _directory;
    private readonly PhysicalFileProvider _parts;
    private readonly ConcurrentDictionary<string, IFluidTemplate?> _cache = new(StringComparer.Ordinal);

    public ReplyTemplates(string directory)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"Reply templates not found in {directory}");
        _directory = directory;
        _parts = new PhysicalFileProvider(Path.GetFullPath(directory));
    }

    public RenderedReply Render(string kind, string channel, string language, ReplyModel model)
    {
        language = SupportedLanguages.Normalise(language);
        var (name, template) = Find(kind, channel, language);
        var culture = SupportedLanguages.CultureOf(language);
        var options = new TemplateOptions { CultureInfo = culture, FileProvider = _parts };
        var context = new TemplateContext(options);
        var local = TimeZoneInfo.ConvertTime(model.ReceivedAt, Amsterdam);
        context.SetValue("reference", model.Reference);
        context.SetValue("product", model.Product);
        context.SetValue("received_at", local.ToString("dd-MM-yyyy HH:mm", culture));
        context.SetValue("received_date", local.ToString(SupportedLanguages.LongDateFormatOf(language), culture));
        context.SetValue("received_time", local.ToString("HH:mm", culture));
        context.SetValue("effective_date", model.EffectiveDate?.ToString(SupportedLanguages.LongDateFormatOf(language), culture));
        context.SetValue("kind", model.Kind);
        context.SetValue("why_url", model.WhyUrl);
        // A sender's display name may be empty ("" from a form or an API caller): the templates then greet generically.
        if (!string.IsNullOrWhiteSpace(model.DisplayName)) context.SetValue("name", model.DisplayName.Trim());
        context.SetValue("requested_date", model.RequestedDate?.ToString(SupportedLanguages.LongDateFormatOf(language), culture));
        context.SetValue("reason", model.Reason);
        context.SetValue("status", model.Status);
        var text = template.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (!text.StartsWith("Subject:", StringComparison.Ordinal)) return new RenderedReply(name, null, text);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var subject = (newline < 0 ? text[8..] : text[8..newline]).Trim();
        return new RenderedReply(name, subject, newline < 0 ? "" : text[(newline + 1)..].Trim());
    }

    private (string Name, IFluidTemplate Template) Find(string kind, string channel, string language)
    {
        string[] names = [$"{kind}.{channel}.{language}", $"{kind}.{language}", $"{kind}.{channel}.{SupportedLanguages.Default}", $"{kind}.{SupportedLanguages.Default}"];
        foreach (var name in names)
        {
            var template = _cache.GetOrAdd(name, Load);
            if (template is not null) return (name, template);
        }
        throw new FileNotFoundException($"No reply template for {kind} ({channel}, {language}) in {_directory}");
    }

    private IFluidTemplate? Load(string name)
    {
        var path = Path.Combine(_directory, name + ".liquid");
        if (!File.Exists(path)) return null;
        if (!Parser.TryParse(File.ReadAllText(path), out var template, out var error))
            throw new InvalidDataException($"Template {path} does not parse: {error}");
        return template;
    }
}
