import CZbar

/// Decodes QR codes with zbar's image scanner, which keeps each QR symbol it finds with its four corners.
struct MatrixScanner {
    func decode(_ image: GrayImage) throws -> [FoundSymbol] {
        guard let scanner = zbar_image_scanner_create() else { throw VerifyError.decoder("zbar_image_scanner_create failed") }
        defer { zbar_image_scanner_destroy(scanner) }
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0)
        zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1)
        guard let zimage = zbar_image_create() else { throw VerifyError.decoder("zbar_image_create failed") }
        defer { zbar_image_destroy(zimage) }
        // "Y800": 8-bit grey. zbar reads the buffer in place; the copy outlives the scan.
        zbar_image_set_format(zimage, 0x3030_3859)
        zbar_image_set_size(zimage, UInt32(image.width), UInt32(image.height))
        var pixels = image.pixels
        return try pixels.withUnsafeMutableBytes { raw -> [FoundSymbol] in
            zbar_image_set_data(zimage, raw.baseAddress, UInt(raw.count), nil)
            guard zbar_scan_image(scanner, zimage) >= 0 else { throw VerifyError.decoder("zbar_scan_image failed") }
            var found: [FoundSymbol] = []
            var symbol = zbar_image_first_symbol(zimage)
            while let s = symbol {
                defer { symbol = zbar_symbol_next(s) }
                guard let data = zbar_symbol_get_data(s) else { continue }
                let n = zbar_symbol_get_loc_size(s)
                let corners = (0..<n).map { Vec2(Double(zbar_symbol_get_loc_x(s, $0)), Double(zbar_symbol_get_loc_y(s, $0))) }
                guard corners.count == 4 else { continue }
                let center = corners.reduce(Vec2(0, 0), +) * 0.25
                let width = (corners[0].distance(to: corners[3]) + corners[1].distance(to: corners[2])) / 2
                let height = (corners[0].distance(to: corners[1]) + corners[2].distance(to: corners[3])) / 2
                found.append(FoundSymbol(payload: String(cString: data), center: center, corners: corners, width: width, height: height))
            }
            return found
        }
    }
}
