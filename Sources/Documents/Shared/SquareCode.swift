import Barcodes
import DisplayList
import Geometry

/// A 2D code placed in a square area: as large as the area allows, quiet zone inside it, never below a printable module size.
public enum SquareCode {
    /// The smallest module a laser printer and a phone camera handle reliably.
    public static let laserMinimumModule = Length.mm(0.25)

    /// The code's items filling `area` (aligned to its right and top edges), or an error naming `context` when its modules would be too small.
    public static func item(_ code: BarcodeSymbol, in area: Rect, minimumModule: Length = laserMinimumModule, context: String) throws -> Item {
        let module = code.moduleSize(toFit: area.size)
        guard module >= minimumModule else {
            throw BarcodeError.moduleTooSmall(context: context, symbology: code.symbology, module: module.millimetres, minimum: minimumModule.millimetres)
        }
        let side = module * code.totalWidthModules
        return code.item(at: Point(x: area.maxX - side, y: area.minY), module: module)
    }
}
