import CZint
import Foundation

/// Encodes payloads with libzint and reads its vector output; leadprint never encodes a symbology itself.
public enum BarcodeEncoder {
    /// Encodes a payload (UTF-8) in a symbology.
    public static func encode(_ payload: String, as symbology: Symbology) throws -> BarcodeSymbol {
        let handle = ZintSymbol()
        let symbol = handle.pointer
        symbol.pointee.symbology = symbology.zintID
        symbol.pointee.input_mode = UNICODE_MODE
        // Quiet zones are added by the layout, which must keep them inside the safe area; text is set with HarfBuzz.
        symbol.pointee.output_options |= BARCODE_NO_QUIET_ZONES
        symbol.pointee.show_hrt = 0
        symbol.pointee.scale = 1
        if symbology == .datamatrix {
            // Square sizes only: rectangular ones give thin strips with smaller modules on a label's short side.
            symbol.pointee.option_3 = DM_SQUARE
        }
        let bytes = Array(payload.utf8)
        let status = bytes.withUnsafeBufferPointer { buffer in
            ZBarcode_Encode_and_Buffer_Vector(symbol, buffer.baseAddress, Int32(buffer.count), 0)
        }
        guard status < ZINT_ERROR, let vector = symbol.pointee.vector else {
            let reason = withUnsafeBytes(of: symbol.pointee.errtxt) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            throw BarcodeError.cannotEncode(symbology: symbology, payload: payload, reason: reason.isEmpty ? "libzint error \(status)" : reason)
        }
        let columns = Double(symbol.pointee.width)
        // libzint's vector units per module depend on its version and scale; measure them from the symbol itself.
        let unit = Double(vector.pointee.width) / columns
        var modules: [BarcodeSymbol.Module] = []
        var rect = vector.pointee.rectangles
        while let r = rect {
            modules.append(.init(x: Double(r.pointee.x) / unit, y: Double(r.pointee.y) / unit,
                                 width: Double(r.pointee.width) / unit, height: Double(r.pointee.height) / unit))
            rect = r.pointee.next
        }
        // libzint lists rectangles in its own order; sorting keeps the drawing identical whatever that order is.
        modules.sort { ($0.y, $0.x) < ($1.y, $1.x) }
        let humanReadable = symbology.isLinear ? payload : nil
        return BarcodeSymbol(symbology: symbology, payload: payload, widthModules: columns,
                             heightModules: Double(vector.pointee.height) / unit, modules: modules, humanReadable: humanReadable)
    }
}

/// A `zint_symbol` owned by Swift and deleted with it.
final class ZintSymbol {
    let pointer: UnsafeMutablePointer<zint_symbol>

    init() { pointer = ZBarcode_Create() }

    deinit { ZBarcode_Delete(pointer) }
}
