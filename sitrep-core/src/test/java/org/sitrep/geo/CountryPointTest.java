package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CountryPointTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void centroidOfTheLargestPolygon() throws Exception {
        var gj = JSON.readTree("{\"type\":\"MultiPolygon\",\"coordinates\":["
                + "[[[0,0],[1,0],[1,1],[0,1],[0,0]]],"
                + "[[[10,40],[20,40],[20,50],[10,50],[10,40]],[[12,42],[13,42],[13,43],[12,43],[12,42]]]]}");
        double[] c = CountryPoint.mainLandmassCentroid(gj);
        assertThat(c[0]).isCloseTo(45.0, offset(0.01));
        assertThat(c[1]).isCloseTo(15.0, offset(0.01));
    }

    @Test
    void ringsAcrossTheAntimeridianAreUnwrapped() throws Exception {
        var gj = JSON.readTree("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
                + "[[170,-20],[-170,-20],[-170,-10],[170,-10],[170,-20]]]}}");
        double[] c = CountryPoint.mainLandmassCentroid(gj);
        assertThat(c[0]).isCloseTo(-15.0, offset(0.01));
        assertThat(Math.abs(c[1])).isCloseTo(180.0, offset(0.01));
    }

    @Test
    void nothingWithoutPolygons() throws Exception {
        assertThat(CountryPoint.mainLandmassCentroid(JSON.readTree("{\"type\":\"FeatureCollection\",\"features\":[]}")))
                .isNull();
    }

    @Test
    void midpointOnTheSphere() {
        double[] m = CountryPoint.midpoint(38, -97, 40, -99);
        assertThat(m[0]).isCloseTo(39.0, offset(0.02));
        assertThat(m[1]).isCloseTo(-98.0, offset(0.02));
        double[] across = CountryPoint.midpoint(0, 179, 0, -179);
        assertThat(Math.abs(across[1])).isCloseTo(180.0, offset(1e-6));
    }
}
