import Geometry
import Typesetting

/// The pinout card's typography and colours, shared by both faces.
public enum CardStyle {
    /// The largest size of table text; bigger cards get bigger text up to this.
    public static let maximumTextSize = Length.pt(9)
    /// Row pitch as a multiple of the text size.
    public static let rowLeading = 1.25
    /// The closest row pitch, for a series that would otherwise not fit a small card at its minimum text size.
    public static let tightRowLeading = 1.2
    /// The widest row pitch, as a multiple of the size, spare height opens rows to: a short series (VALUE's ten rows) fills
    /// its face down to the safe area rather than leaving a quarter of the card blank.
    public static let openRowLeading = 2.6
    /// The band behind the title, dark so that it still reads as a band on a black-and-white copy.
    public static let titleBand = RGBColor(red: 0x22, green: 0x31, blue: 0x3F)
    /// The tint behind every other group of leads.
    public static let groupBand = RGBColor(red: 0xEB, green: 0xEE, blue: 0xF0)
    /// The card stock.
    public static let paper = RGBColor.white
    /// The least contrast any text keeps against what it is printed on (WCAG 2, normal text).
    public static let minimumTextContrast = 4.5

    /// Fonts of the card.
    public static let labelFont = FontSpec.mono
    public static let bodyFont = FontSpec.body
    public static let boldFont = FontSpec.heading

    /// Black or white text for a background, whichever contrasts more; either reaches at least 4.58:1 on any colour.
    public static func textColor(on background: RGBColor) -> RGBColor { background.readableTextColor }
}
