/// What a group of leads is for; the rows of the bulletin's Table 3.
public enum GroupKind: String, CaseIterable, Sendable, Hashable, Comparable {
    // Case order is Table 3's row order, so `allCases` lays out a comparison sheet as the bulletin does.
    case alarmInput = "alarm-input"
    case alarmOutput = "alarm-output"
    case microphoneInput = "microphone-input"
    case audioOutput = "audio-output"
    case ground = "ground"
    case rs485 = "rs485"

    /// The name a reader sees, e.g. "Alarm input".
    public var displayName: String {
        switch self {
        case .alarmInput: "Alarm input"
        case .alarmOutput: "Alarm output"
        case .microphoneInput: "Microphone input"
        case .audioOutput: "Audio output"
        case .ground: "Ground"
        case .rs485: "RS-485"
        }
    }

    /// Orders kinds as Table 3 does.
    public static func < (lhs: GroupKind, rhs: GroupKind) -> Bool {
        // allCases is tiny and fixed, so a linear lookup costs nothing worth caching.
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
