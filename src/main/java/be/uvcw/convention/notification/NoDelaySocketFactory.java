package be.uvcw.convention.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain SMTP sockets with TCP_NODELAY. Jakarta Mail writes the "." that ends a message as a tiny
 * packet of its own; with Nagle's algorithm it waits for the server's (delayed) ACK of the body
 * before leaving, which costs tens of milliseconds per mail. Named in application.yml as
 * {@code mail.smtp.socketFactory.class} (Jakarta Mail calls the static {@link #getDefault()}).
 */
public class NoDelaySocketFactory extends SocketFactory {

  private static final NoDelaySocketFactory INSTANCE = new NoDelaySocketFactory();

  public static SocketFactory getDefault() {
    return INSTANCE;
  }

  @Override
  public Socket createSocket() throws IOException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    return socket;
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(new Socket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return noDelay(new Socket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(new Socket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    return noDelay(new Socket(address, port, localAddress, localPort));
  }

  private static Socket noDelay(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }
}
