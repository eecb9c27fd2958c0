package org.dyad.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.dyad.io.IoErrors;

/**
 * The inputs named on a command line, folders expanded into their files (recursively, following links, in name
 * order). What cannot be walked is an entry too, with its reason, so it is reported like any unreadable file
 * instead of being passed over in silence: a link that leads back into a folder above it (followed, it would never
 * end), a link whose target does not exist, a sub-folder that cannot be listed.
 */
final class FolderWalk {
  /** One input: a file (or "-") to read, or a path with the reason it cannot be read ({@code problem} not null). */
  record Entry(String path, String problem) {}

  private FolderWalk() {}

  static List<Entry> entries(List<String> names) {
    List<Entry> out = new ArrayList<>();
    for (String n : names.isEmpty() ? List.of("-") : names) {
      if (!n.equals("-") && Files.isDirectory(Path.of(n))) {
        out.addAll(walk(Path.of(n)));
      } else {
        out.add(new Entry(n, null)); // reported as unreadable when opened
      }
    }
    return out;
  }

  private static List<Entry> walk(Path dir) {
    List<Path> files = new ArrayList<>();
    List<Entry> bad = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          // A link is seen as itself only when it cannot be followed: its target is missing.
          if (attrs.isSymbolicLink()) bad.add(new Entry(f.toString(), dangling(f)));
          else if (attrs.isRegularFile() && !f.getFileName().toString().startsWith(".")) files.add(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          bad.add(new Entry(f.toString(), e instanceof FileSystemLoopException
              ? "symbolic link loop: it leads back to a folder above it; not followed"
              : "cannot read: " + IoErrors.describe(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      bad.add(new Entry(dir.toString(), "cannot read the folder: " + IoErrors.describe(e)));
    }
    List<Entry> out = new ArrayList<>();
    files.forEach(f -> out.add(new Entry(f.toString(), null)));
    out.addAll(bad);
    out.sort(Comparator.comparing(e -> Path.of(e.path())));
    return out;
  }

  private static String dangling(Path link) {
    try {
      return "dangling symbolic link: its target " + Files.readSymbolicLink(link) + " does not exist";
    } catch (IOException | UnsupportedOperationException e) {
      return "dangling symbolic link: its target does not exist";
    }
  }
}
