using System.Text;
using Intake.Channels.Web.Form.Texts;

namespace Intake.Channels.Web.Form;

/// <summary>The submitted form as a short text in its own language, for the timeline staff read.</summary>
internal static class CancellationSummary
{
    public static string Write(CancelForm form, WebText text)
    {
        var summary = new StringBuilder(form.IsWithdrawal ? text.WithdrawalSummaryHeading : text.SummaryHeading).Append('\n');
        void Line(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) summary.Append(label).Append(": ").Append(value).Append('\n');
        }

        Line(text.KindLegend, text.Kinds.GetValueOrDefault(form.Kind, form.Kind));
        Line(text.Name, form.Name);
        Line(text.AccountNumber, form.AccountNumber);
        Line(form.IsWithdrawal ? text.WithdrawalContract : text.ContractNumber, form.ContractNumber);
        Line(text.Product, form.Product);
        Line(text.ContractDetails, form.ContractDetails);
        Line(text.RequestedDate, CancelFormValidator.ParseDate(form.RequestedDate) is { } date
            ? date.ToString(text.DateFormat, text.Culture) : text.EarliestPossible);
        Line(text.Reason, form.Reason.Length == 0 ? null : text.Reasons.GetValueOrDefault(form.Reason, form.Reason));
        Line(text.ReasonText, form.ReasonText);
        Line(text.Email, form.Email);
        Line(text.Phone, form.Phone);
        return summary.ToString().TrimEnd();
    }
}
