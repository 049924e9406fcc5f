/// What a P-touch job asks of the printer besides its raster: model, tube, cutting and feed.
public struct PTouchSettings: Equatable, Sendable {
    /// The printer.
    public var model: PTouchModel
    /// The tube loaded for the job.
    public var tube: PTouchTube
    /// Cut after each tag (ESC i M bit 6).
    public var autoCut = true
    /// Half cut: through the tube, not its backing (ESC i K bit 2).
    public var halfCut = false
    /// Chain printing: no feed and cut after the last tag, so the next job starts without waste (ESC i K bit 3 clear).
    public var chainPrinting = false
    /// Keep the printer's buffer between jobs (ESC i K bit 7).
    public var noBufferClear = false
    /// Feed before and after each tag's print, in dots (ESC i d).
    public var marginDots = 0

    /// Settings for a tube on a model.
    public init(model: PTouchModel, tube: PTouchTube) { self.model = model; self.tube = tube }
}
