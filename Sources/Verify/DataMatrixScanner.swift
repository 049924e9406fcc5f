import CDmtx

/// Decodes Data Matrix codes with libdmtx (zbar 0.23 reads none), every symbol in the image until none is left or time runs out.
struct DataMatrixScanner {
    /// The most time one image may take, in milliseconds: a page with no code otherwise searches long.
    var timeLimit = 20_000
    /// The number of symbols to look for; the search stops when all are found.
    var expected: Int?

    func decode(_ image: GrayImage) throws -> [FoundSymbol] {
        var pixels = image.pixels
        return try pixels.withUnsafeMutableBufferPointer { buffer -> [FoundSymbol] in
            guard let dimage = dmtxImageCreate(buffer.baseAddress, Int32(image.width), Int32(image.height), Int32(DmtxPack8bppK.rawValue)) else {
                throw VerifyError.decoder("dmtxImageCreate failed")
            }
            var img: UnsafeMutablePointer<DmtxImage>? = dimage
            defer { dmtxImageDestroy(&img) }
            dmtxImageSetProp(dimage, Int32(DmtxPropImageFlip.rawValue), Int32(DmtxFlipNone.rawValue))
            guard let decoder = dmtxDecodeCreate(dimage, 1) else { throw VerifyError.decoder("dmtxDecodeCreate failed") }
            var dec: UnsafeMutablePointer<DmtxDecode>? = decoder
            defer { dmtxDecodeDestroy(&dec) }
            var deadline = dmtxTimeAdd(dmtxTimeNow(), timeLimit)
            var found: [FoundSymbol] = []
            while expected.map({ found.count < $0 }) ?? true {
                guard let region = dmtxRegionFindNext(decoder, &deadline) else { break }
                var reg: UnsafeMutablePointer<DmtxRegion>? = region
                defer { dmtxRegionDestroy(&reg) }
                guard let message = dmtxDecodeMatrixRegion(decoder, region, Int32(DmtxUndefined)) else { continue }
                var msg: UnsafeMutablePointer<DmtxMessage>? = message
                defer { dmtxMessageDestroy(&msg) }
                let bytes = UnsafeBufferPointer(start: message.pointee.output, count: Int(message.pointee.outputIdx))
                let payload = String(decoding: bytes, as: UTF8.self)
                // fit2raw maps the symbol's unit square to pixels, row vector times matrix (libdmtx's dmtxMatrix3VMultiply).
                let m = region.pointee.fit2raw
                let corners = [(0.0, 1.0), (1.0, 1.0), (1.0, 0.0), (0.0, 0.0)].map { (u, v) -> Vec2 in
                    let w = u * m.0.2 + v * m.1.2 + m.2.2
                    // libdmtx counts rows from the bottom.
                    return Vec2((u * m.0.0 + v * m.1.0 + m.2.0) / w, Double(image.height) - (u * m.0.1 + v * m.1.1 + m.2.1) / w)
                }
                let center = corners.reduce(Vec2(0, 0), +) * 0.25
                let width = (corners[0].distance(to: corners[1]) + corners[3].distance(to: corners[2])) / 2
                let height = (corners[0].distance(to: corners[3]) + corners[1].distance(to: corners[2])) / 2
                found.append(FoundSymbol(payload: payload, center: center, corners: corners, width: width, height: height))
            }
            return found
        }
    }
}
