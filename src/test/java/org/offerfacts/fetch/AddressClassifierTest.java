package org.offerfacts.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressClassifierTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // IPv4
    "127.0.0.1, LOOPBACK",
    "127.255.255.254, LOOPBACK",
    "0.0.0.0, UNSPECIFIED",
    "0.1.2.3, UNSPECIFIED",
    "10.0.0.5, PRIVATE",
    "172.16.0.1, PRIVATE",
    "172.31.255.255, PRIVATE",
    "172.32.0.1, PUBLIC",
    "192.168.1.1, PRIVATE",
    "169.254.1.1, LINK_LOCAL",
    "169.254.169.254, CLOUD_METADATA",
    "169.254.170.2, CLOUD_METADATA",
    "100.100.100.200, CLOUD_METADATA",
    "100.64.0.1, CARRIER_GRADE_NAT",
    "100.127.255.255, CARRIER_GRADE_NAT",
    "100.128.0.1, PUBLIC",
    "224.0.0.1, MULTICAST",
    "239.255.255.250, MULTICAST",
    "240.0.0.1, RESERVED",
    "255.255.255.255, BROADCAST",
    "198.18.0.1, BENCHMARKING",
    "198.19.255.255, BENCHMARKING",
    "198.20.0.1, PUBLIC",
    "192.0.2.1, DOCUMENTATION",
    "198.51.100.7, DOCUMENTATION",
    "203.0.113.9, DOCUMENTATION",
    "192.0.0.8, RESERVED",
    "192.88.99.1, RESERVED",
    "8.8.8.8, PUBLIC",
    "93.184.216.34, PUBLIC",
    "11.0.0.1, PUBLIC",
    // IPv6
    "::1, LOOPBACK",
    "::, UNSPECIFIED",
    "fe80::1, LINK_LOCAL",
    "febf:ffff::1, LINK_LOCAL",
    "fec0::1, PRIVATE",
    "fc00::1, UNIQUE_LOCAL",
    "fd12:3456::1, UNIQUE_LOCAL",
    "fd00:ec2::254, CLOUD_METADATA",
    "ff02::1, MULTICAST",
    "ff0e::1, MULTICAST",
    "2001:db8::1, DOCUMENTATION",
    "3fff::1, DOCUMENTATION",
    "2001:2::1, BENCHMARKING",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2, TUNNEL",
    "2001:10::1, RESERVED",
    "100::1, RESERVED",
    "4000::1, RESERVED",
    "2606:4700:4700::1111, PUBLIC",
    "2a00:1450:4001:80b::200e, PUBLIC",
    // IPv6 carrying IPv4: judged by the IPv4 inside
    "::ffff:127.0.0.1, LOOPBACK",
    "::ffff:10.1.2.3, PRIVATE",
    "::ffff:169.254.169.254, CLOUD_METADATA",
    "::ffff:8.8.8.8, PUBLIC",
    "64:ff9b::127.0.0.1, LOOPBACK",
    "64:ff9b::a9fe:a9fe, CLOUD_METADATA",
    "64:ff9b::808:808, PUBLIC",
    "2002:7f00:1::1, LOOPBACK",
    "2002:c0a8:101::1, PRIVATE",
    "2002:808:808::1, PUBLIC",
    // refused whole, whatever they carry
    "::127.0.0.1, RESERVED",
    "::8.8.8.8, RESERVED",
    "64:ff9b:1::808:808, TUNNEL",
  })
  void address_is_classified(String address, AddressCategory expected) {
    assertThat(AddressClassifier.classify(IpLiterals.parse(address).orElseThrow()))
        .isEqualTo(expected);
  }

  @Test
  void ipv4_mapped_address_built_as_inet6_is_judged_by_its_ipv4() throws Exception {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = 10;
    mapped[15] = 1;
    InetAddress address = Inet6Address.getByAddress(null, mapped, -1);

    assertThat(address).isInstanceOf(Inet6Address.class);
    assertThat(AddressClassifier.classify(address)).isEqualTo(AddressCategory.PRIVATE);
  }

  @Test
  void ipv4_mapped_address_as_the_jdk_returns_it_is_judged_by_its_ipv4() throws Exception {
    // The JDK turns a mapped literal into plain IPv4; the verdict must not depend on which form.
    assertThat(AddressClassifier.classify(InetAddress.getByName("[::ffff:127.0.0.1]")))
        .isEqualTo(AddressCategory.LOOPBACK);
  }
}
