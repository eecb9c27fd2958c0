package org.dyad.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (with its {@code spark.hadoop.*} settings: S3 credentials, HDFS name nodes) in
 * a form tasks can carry; Hadoop's {@link Configuration} is Writable but not Serializable.
 */
public final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 1L;
  private final byte[] bytes;
  private transient Configuration conf;

  public HadoopConf(Configuration conf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream d = new DataOutputStream(out)) {
      conf.write(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.bytes = out.toByteArray();
    this.conf = conf;
  }

  public Configuration get() {
    if (conf == null) {
      Configuration c = new Configuration(false);
      try (DataInputStream d = new DataInputStream(new ByteArrayInputStream(bytes))) {
        c.readFields(d);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      conf = c;
    }
    return conf;
  }
}
