using Intake.Core.Identity;

namespace Intake.Webcare.Letters;

/// <summary>Settings of printed letters (section Intake:Letters).</summary>
public sealed class LetterOptions
{
    /// <summary>Our own address, printed at the top of every letter, one line each (company name, street, postcode and town).</summary>
    public IList<string> ReturnAddress { get; } = [];

    /// <summary>The country letters are posted in: an address there is printed without a country line.</summary>
    public string HomeCountry { get; set; } = PostalCodes.Netherlands;
}
