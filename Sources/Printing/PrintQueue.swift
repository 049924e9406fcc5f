/// A CUPS print queue: its name, description and the media sizes it offers.
public struct PrintQueue: Hashable, Sendable {
    /// The queue's name, as `--print` takes it.
    public var name: String
    /// The description the administrator gave it, if any.
    public var info: String?
    /// Whether it is the server's default queue.
    public var isDefault: Bool
    /// Whether it takes new jobs now.
    public var acceptingJobs: Bool
    /// The media sizes the queue offers, in its driver's order.
    public var media: [MediaSize]

    /// Creates a queue description.
    public init(name: String, info: String? = nil, isDefault: Bool = false, acceptingJobs: Bool = true, media: [MediaSize] = []) {
        self.name = name; self.info = info; self.isDefault = isDefault; self.acceptingJobs = acceptingJobs; self.media = media
    }
}
