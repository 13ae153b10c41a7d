using System.Runtime.InteropServices;

namespace Site.Web.Output;

/// <summary>
/// Asks ext4 to place each folder made directly in a given folder as the top of a new tree
/// (the `T` attribute of `chattr`, which its Orlov allocator reads). The build stages the site in
/// a folder with a fresh random name inside such a folder, so each build's tree lands in an
/// uncrowded block group of its own instead of the group of the output's parent.
/// </summary>
/// <remarks>
/// Why: on ext4 without a journal, every new inode's search starts at its group's first inode and
/// skips each one deleted in the last minute or more (<c>recently_deleted</c> in fs/ext4/ialloc.c).
/// Rebuilding a site of thousands of folders right after its last output was deleted (the swap
/// deletes it) then spends more time in that search than in writing; in a group of its own the
/// search finds a free inode at once. Elsewhere (other file systems, other systems) nothing is
/// asked and nothing changes: the flag only steers placement, never contents.
/// </remarks>
internal static partial class FolderPlacement
{
    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000;
    private const uint GetFlags = 0x80086601; // FS_IOC_GETFLAGS, _IOR('f', 1, long), as on x86-64 and arm64
    private const uint SetFlags = 0x40086602; // FS_IOC_SETFLAGS, _IOW('f', 2, long)
    private const int TopOfTree = 0x00020000; // FS_TOPDIR_FL

    /// <summary>Marks <paramref name="folder"/>; false when the file system or the system has no such mark.</summary>
    public static bool StartTreesIn(string folder) => WithFlags(folder, static (descriptor, flags) =>
    {
        if ((flags & TopOfTree) != 0)
        {
            return true;
        }

        flags |= TopOfTree;
        return Control(descriptor, SetFlags, ref flags) == 0;
    });

    /// <summary>Whether <paramref name="folder"/> carries the mark (false where marks are unknown).</summary>
    public static bool StartsTrees(string folder) => WithFlags(folder, static (_, flags) => (flags & TopOfTree) != 0);

    // Opens the folder, reads its flags and hands both on; false wherever that is not possible.
    private static bool WithFlags(string folder, Func<int, int, bool> then)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return false;
        }

        try
        {
            var descriptor = Open(folder, ReadOnly | CloseOnExec);
            if (descriptor < 0)
            {
                return false;
            }

            try
            {
                // The kernel reads and writes an int here, whatever the request's declared size says.
                var flags = 0;
                return Control(descriptor, GetFlags, ref flags) == 0 && then(descriptor, flags);
            }
            finally
            {
                _ = Close(descriptor);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "ioctl")]
    private static partial int Control(int descriptor, nuint request, ref int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
