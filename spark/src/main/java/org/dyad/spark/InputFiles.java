package org.dyad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files of a job, listed on the driver from any Hadoop file system (file://, hdfs://, s3a://): each
 * argument is a file, a folder (every file under it, recursively, in name order, files named .* left out, as
 * {@code dyad code} reads folders) or a glob. An argument that names nothing is kept, to be reported as an error.
 */
public final class InputFiles {
  /** One input file, by its index in the list (input order) and its full path. */
  public record InputFile(int index, String path, boolean exists) implements Serializable {
    public String name() {
      return new Path(path).getName();
    }
  }

  private InputFiles() {}

  public static List<InputFile> list(List<String> args, Configuration conf) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (String arg : args) {
      Path p = new Path(arg);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(p);
      if (matches == null || matches.length == 0) {
        out.add(new InputFile(out.size(), arg, false));
        continue;
      }
      List<String> files = new ArrayList<>();
      for (FileStatus m : matches) {
        if (!m.isDirectory()) {
          files.add(m.getPath().toString());
          continue;
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (f.isFile() && !f.getPath().getName().startsWith(".")) files.add(f.getPath().toString());
        }
      }
      files.sort(null);
      for (String f : files) out.add(new InputFile(out.size(), f, true));
    }
    return out;
  }
}
