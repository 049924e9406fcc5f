import DisplayList
import Geometry

/// The colours and rules of the comparison sheet, chosen to read in a black-and-white copy too.
enum ComparisonStyle {
    /// Header bands and strong rules.
    static let ink = RGBColor(hex: "#1F3A5F")!
    /// Labels and secondary text (7:1 on white, so it survives a copier).
    static let muted = RGBColor(hex: "#555B66")!
    /// Behind rows where the series differ.
    static let differsFill = RGBColor(hex: "#FCEFD2")!
    /// The "differs" marker text (over 5:1 on its fill).
    static let differsText = RGBColor(hex: "#7A4B00")!
    /// Behind the description row and table heads.
    static let quietFill = RGBColor(hex: "#EEF1F5")!
    /// Alternate lead rows.
    static let stripeFill = RGBColor(hex: "#F6F7F9")!
    /// Rules between rows.
    static let rule = Stroke(color: RGBColor(hex: "#C5CBD3")!, width: .pt(0.5))
    /// Rules that close a table or set off its last row.
    static let strongRule = Stroke(color: ink, width: .pt(1))
}
