using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace MentorEval.Reporting.Workbook;

/// <summary>
/// Puts chart PNGs into a saved workbook through the OpenXML package API. ClosedXML's own AddPicture measures images
/// with GDI+, which a plain Linux machine does not have; here nothing is measured: the size is given.
/// Each chart is a rectangle filled with the picture (what Excel writes for a shape with a picture fill), not a
/// picture element: it looks the same in Excel and LibreOffice, and ClosedXML, which loads every picture element
/// through GDI+ too, can still open the report (our tests do; so may the reader's own scripts).
/// </summary>
internal static class ChartEmbedder
{
    private const long EmuPerPixel = 9525;

    // Elements a worksheet's <drawing> must come before (the schema fixes the order of a worksheet's children).
    private static readonly HashSet<Type> AfterDrawing =
    [
        typeof(LegacyDrawing), typeof(LegacyDrawingHeaderFooter), typeof(Picture), typeof(OleObjects), typeof(Controls),
        typeof(WebPublishItems), typeof(TableParts), typeof(WorksheetExtensionList),
    ];

    public static void Embed(SpreadsheetDocument document, IReadOnlyList<ChartPlacement> placements)
    {
        var part = document.WorkbookPart!;
        uint id = 1;
        foreach (var onSheet in placements.GroupBy(p => p.Sheet))
        {
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == onSheet.Key);
            var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!);
            var drawings = worksheet.AddNewPart<DrawingsPart>();
            drawings.WorksheetDrawing = new Xdr.WorksheetDrawing();
            var drawing = new Drawing { Id = worksheet.GetIdOfPart(drawings) };
            var before = worksheet.Worksheet.ChildElements.FirstOrDefault(e => AfterDrawing.Contains(e.GetType()));
            if (before is null) worksheet.Worksheet.Append(drawing);
            else worksheet.Worksheet.InsertBefore(drawing, before);

            foreach (var placement in onSheet)
            {
                var image = drawings.AddImagePart(ImagePartType.Png);
                using (var png = new MemoryStream(placement.Chart.Png)) image.FeedData(png);
                drawings.WorksheetDrawing.Append(Anchor(placement, drawings.GetIdOfPart(image), id++));
            }

            drawings.WorksheetDrawing.Save();
            worksheet.Worksheet.Save();
        }
    }

    private static Xdr.OneCellAnchor Anchor(ChartPlacement placement, string imageId, uint id)
    {
        var width = placement.Width * EmuPerPixel;
        var height = placement.Height * EmuPerPixel;
        return new Xdr.OneCellAnchor(
            new Xdr.FromMarker(
                new Xdr.ColumnId(placement.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"),
                new Xdr.RowId(placement.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Xdr.RowOffset((placement.Down * EmuPerPixel).ToString(System.Globalization.CultureInfo.InvariantCulture))),
            new Xdr.Extent { Cx = width, Cy = height },
            new Xdr.Shape(
                new Xdr.NonVisualShapeProperties(
                    // The title is the chart's alternative text, for screen readers.
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = $"Chart {id}", Description = XmlText.Carryable(placement.Chart.Title) },
                    new Xdr.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoChangeAspect = true })),
                new Xdr.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle },
                    new A.BlipFill(new A.Blip { Embed = imageId }, new A.Stretch(new A.FillRectangle())),
                    new A.Outline(new A.NoFill()))),
            new Xdr.ClientData());
    }
}
