import Foundation

/// Character device nodes made in a test's own folder (as root), so tests need not rely on the machine's /dev.
public enum DeviceNode {
    /// The kernel's null device: major 1, minor 3.
    public static let null = (major: UInt32(1), minor: UInt32(3))
    /// The kernel's full device, whose every write fails with "No space left on device": major 1, minor 7.
    public static let full = (major: UInt32(1), minor: UInt32(7))

    /// Makes a character device node at `url`; false when this user may not (not root).
    public static func make(at url: URL, _ numbers: (major: UInt32, minor: UInt32)) -> Bool {
        mknod(url.path, S_IFCHR | 0o666, number(numbers.major, numbers.minor)) == 0
    }

    /// glibc's makedev, which Swift cannot call (a macro).
    static func number(_ major: UInt32, _ minor: UInt32) -> dev_t {
        let major = dev_t(major), minor = dev_t(minor)
        return ((major & 0xfff) << 8) | ((major & ~0xfff) << 32) | (minor & 0xff) | ((minor & ~0xff) << 12)
    }

    /// The major and minor numbers of a device, as `ls -l` shows them.
    public static func numbers(of device: dev_t) -> (major: UInt32, minor: UInt32) {
        (UInt32(((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)), UInt32((device & 0xff) | ((device >> 12) & ~0xff)))
    }
}
