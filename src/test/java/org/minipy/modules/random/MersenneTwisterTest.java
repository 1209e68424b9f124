package org.minipy.modules.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected sequences were printed by CPython 3.11's random.Random(seed): see the method names
 * on each line (random(), randint(1, 100), randrange(0, 1000, 7), randrange(50, -50, -3),
 * choice(range(17)), shuffle(list(range(10))), getrandbits(70, 1, 32, 33, 64, 100, 0, 5),
 * uniform(1, 2), randrange(10**30, 10**31, 3), randint(-2**63, 2**63 - 1), random()).
 */
class MersenneTwisterTest {

    @Test
    void matchesCPythonSequences() {
        MersenneTwister r = null;
        int seeds = 0;
        for (String line : TABLE.strip().split("\n")) {
            String[] p = line.split(" ", 2);
            String[] v = p[1].isEmpty() ? new String[0] : p[1].split(" ");
            if (p[0].equals("SEED")) {
                r = seeded(p[1]);
                seeds++;
                continue;
            }
            List<String> got = new ArrayList<>();
            draw(r, p[0], v.length, got);
            assertEquals(List.of(v), got, () -> line);
        }
        assertEquals(11, seeds);
    }

    private static MersenneTwister seeded(String name) {
        MersenneTwister r = new MersenneTwister();
        if (name.startsWith("b\"")) {
            r.seed(name.substring(2, name.length() - 1).getBytes(StandardCharsets.UTF_8));
        } else if (name.startsWith("\"")) {
            r.seed(name.substring(1, name.length() - 1));
        } else if (name.contains("**")) {
            String[] parts = name.split("\\*\\*|\\+");
            r.seed(BigInteger.TWO.pow(Integer.parseInt(parts[1])).add(new BigInteger(parts[2])));
        } else {
            r.seed(Long.parseLong(name));
        }
        return r;
    }

    private static void draw(MersenneTwister r, String what, int count, List<String> out) {
        switch (what) {
            case "random":
                for (int i = 0; i < count; i++) {
                    out.add(org.minipy.objects.num.FloatRepr.repr(r.random()));
                }
                break;
            case "randint":
                for (int i = 0; i < count; i++) {
                    out.add(Long.toString(r.randint(1, 100)));
                }
                break;
            case "randrange":
                for (int i = 0; i < count; i++) {
                    out.add(Long.toString(r.randrangeLong(0, 1000, 7)));
                }
                break;
            case "randrangeneg":
                for (int i = 0; i < count; i++) {
                    out.add(Long.toString(r.randrangeLong(50, -50, -3)));
                }
                break;
            case "choice":
                for (int i = 0; i < count; i++) {
                    out.add(Integer.toString(r.choiceIndex(17)));
                }
                break;
            case "shuffle":
                for (int x : r.shuffleIndices(count)) {
                    out.add(Integer.toString(x));
                }
                break;
            case "getrandbits":
                for (int k : new int[] {70, 1, 32, 33, 64, 100, 0, 5}) {
                    out.add(r.getrandbits(k).toString());
                }
                break;
            case "uniform":
                for (int i = 0; i < count; i++) {
                    out.add(org.minipy.objects.num.FloatRepr.repr(r.uniform(1, 2)));
                }
                break;
            case "bigrandrange":
                BigInteger lo = BigInteger.TEN.pow(30);
                for (int i = 0; i < count; i++) {
                    out.add(r.randrange(lo, lo.multiply(BigInteger.TEN), BigInteger.valueOf(3)).toString());
                }
                break;
            case "randintbig":
                for (int i = 0; i < count; i++) {
                    out.add(Long.toString(r.randint(Long.MIN_VALUE, Long.MAX_VALUE)));
                }
                break;
            default:
                throw new AssertionError(what);
        }
    }

    @Test
    void errorsCarryCPythonMessages() {
        MersenneTwister r = new MersenneTwister(BigInteger.ONE);
        assertEquals("empty range for randrange() (10, 10, 0)",
                assertThrows(IllegalArgumentException.class, () -> r.randrangeLong(10, 10, 1)).getMessage());
        assertEquals("empty range for randrange() (10, 0, -10)",
                assertThrows(IllegalArgumentException.class, () -> r.randrangeLong(10, 0, 1)).getMessage());
        assertEquals("zero step for randrange()",
                assertThrows(IllegalArgumentException.class, () -> r.randrangeLong(0, 10, 0)).getMessage());
        assertEquals("empty range for randrange()",
                assertThrows(IllegalArgumentException.class, () -> r.randrangeLong(0, 10, -1)).getMessage());
        assertEquals("empty range for randrange()",
                assertThrows(IllegalArgumentException.class, () -> r.randrangeLong(10, 0, 2)).getMessage());
        assertEquals("empty range for randrange()",
                assertThrows(IllegalArgumentException.class, () -> r.randrange(BigInteger.ZERO)).getMessage());
        assertEquals("number of bits must be non-negative",
                assertThrows(IllegalArgumentException.class, () -> r.getrandbits(-1)).getMessage());
        assertEquals("Cannot choose from an empty sequence",
                assertThrows(IndexOutOfBoundsException.class, () -> r.choiceIndex(0)).getMessage());
    }

    private static final String TABLE = """
SEED 0
random 0.8444218515250481 0.7579544029403025 0.420571580830845 0.25891675029296335 0.5112747213686085
randint 52 39 62 46 75 28 65 18 37 18
randrange 168 448 952 259 553 175 126 588 840 175
randrangeneg -16 -31 -10 11 -40
choice 14 16 8 1 0 2 12 0 15 10
shuffle 2 9 0 8 6 4 7 1 5 3
getrandbits 1163628840007239331267 0 3758471264 6476555734 9025748028497998475 360588541277116718568675424017 0 22
uniform 1.124810714628107 1.332750512767336 1.922249730976549
bigrandrange 7723537320649224674917084418293 6894084476593515866633516587591 5335865890821566206696369287796
randintbig 2889855722692441528 -7948974024548290692 4751953708995107450
random 0.8767703708227748 0.9233810159462806 0.8424602231401824
SEED 1
random 0.13436424411240122 0.8474337369372327 0.763774618976614 0.2550690257394217 0.49543508709194095
randint 58 61 84 49 27 13 63 4 50 56
randrange 0 798 476 406 182 567 49 35 42 966
randrangeneg 50 -22 11 -31 47
choice 16 7 14 15 7 11 7 7 14 9
shuffle 3 8 4 9 2 5 7 1 6 0
getrandbits 1157007170694296137172 1 2150918326 8316948988 9365730164212708441 290791565982052936301334575117 0 9
uniform 1.2841593666939481 1.9734514048880265 1.4993620577916311
bigrandrange 9887820093940229594811593596399 4679409816249382840756757282008 7275889685434860008192208758116
randintbig -6031948721591377489 -7628326489814169201 155441350398707718
random 0.7784426150001458 0.5209384176131452 0.39325509496422606
SEED 42
random 0.6394267984578837 0.025010755222666936 0.27502931836911926 0.22321073814882275 0.7364712141640124
randint 87 95 70 12 76 55 5 4 12 28
randrange 413 903 42 350 973 749 392 798 497 7
randrangeneg 20 -31 -13 -1 23
choice 6 10 3 2 12 3 11 11 8 1
shuffle 5 9 6 2 4 0 3 1 8 7
getrandbits 833650581686872529343 0 196814233 2840104345 5338265626327109258 305449738919448168088487819852 0 27
uniform 1.1010014294097292 1.2779736031100921 1.6356844442644003
bigrandrange 6317044999231296801765453786307 2104765909143229527270817908955 9121949577495271946943512708953
randintbig -4707407526220001836 -2223654551706751118 1050537428620370372
random 0.6846142509898746 0.8428519201898096 0.7759999115462448
SEED 12345
random 0.41661987254534116 0.010169169457068361 0.8252065092537432 0.2986398551995928 0.3684116894884757
randint 25 35 73 56 21 48 16 56 34 72
randrange 308 987 329 630 161 945 735 903 294 259
randrangeneg 11 38 14 -13 -10
choice 0 14 10 0 16 13 0 0 5 5
shuffle 7 3 2 8 9 5 0 6 1 4
getrandbits 626454571031756344950 1 3046791529 8216848808 14888819727197788776 1039457827741729314611131180004 0 15
uniform 1.2163804302900447 1.8018992376033143 1.5550852989383774
bigrandrange 7557384301266484509677584865203 3129335106571950388112372400706 5555018387739685362062206628152
randintbig -6327586788138605530 -8986476190766072912 3904756860151299020
random 0.0785627468533846 0.9946042507818162 0.9205698384306195
SEED 2**40+7
random 0.6137037779936511 0.8149162973309487 0.9450115087592873 0.5703906991004561 0.47592409887048936
randint 79 17 67 49 67 93 47 51 57 58
randrange 665 399 791 322 245 945 287 56 448 133
randrangeneg -19 26 26 47 23
choice 1 11 9 15 0 12 11 8 15 11
shuffle 2 5 4 0 8 6 1 9 7 3
getrandbits 960541138420167203319 0 3180661361 5795717234 11522938288678280374 608282921206247356447026178283 0 15
uniform 1.7399911533206414 1.1874098128493438 1.1066929088521502
bigrandrange 9267994965562742487333752440774 5496057618873318510047897484883 8734117001856597162529983666265
randintbig 6993007028073333869 -912799046493218189 -2163644637373623623
random 0.43430539161824666 0.6101057319940663 0.09039070985603026
SEED -5
random 0.6229016948897019 0.7417869892607294 0.7951935655656966 0.9424502837770503 0.7398985747399307
randint 68 4 60 100 32 84 7 21 15 48
randrange 840 441 679 973 182 441 21 385 728 497
randrangeneg 17 -22 20 38 26
choice 14 4 4 0 0 6 6 5 5 9
shuffle 2 0 4 7 6 9 1 8 3 5
getrandbits 192121118712621625738 1 625784932 1133063676 5559094176864561769 46438895170850027054374659460 0 19
uniform 1.6779342495476912 1.3378968616278653 1.3099579316031287
bigrandrange 8244912772701629598962977043389 4816500038018407063516674496246 7142927270541420955716929696515
randintbig -2468460738508209399 6294658046632775501 -5598187083927440818
random 0.7557364124513177 0.9296553195975211 0.9420438294276994
SEED 2**100+3
random 0.3567616365770526 0.9714727250299201 0.8878281370584883 0.47079212592777886 0.7486286030976262
randint 86 100 99 1 37 56 41 17 89 55
randrange 987 532 266 588 903 805 798 252 693 14
randrangeneg 14 -31 41 26 44
choice 3 16 10 16 2 6 13 5 16 5
shuffle 5 9 1 4 8 7 6 2 3 0
getrandbits 15001292420871188226 0 3059858765 4061470263 10035034374447665697 1132047804742085762840413165929 0 1
uniform 1.23629959247027 1.9041015829138246 1.7716551969408125
bigrandrange 3129450955894704406665903305350 6413891959642344799474708306681 1650646027797279374691510423316
randintbig -2186728503167355384 -7092308894139140836 -2392470724936364904
random 0.8177351175372863 0.6377808331814486 0.4494709791590663
SEED "hello"
random 0.3537754404730722 0.6631985810268619 0.5476053663383964 0.1308558535179697 0.051086691965999353
randint 48 86 83 21 22 7 33 26 69 49
randrange 259 308 917 574 840 448 315 28 154 525
randrangeneg 2 26 35 -37 11
choice 12 2 4 14 5 15 12 0 11 12
shuffle 4 5 2 1 7 0 3 8 6 9
getrandbits 943704492947254916327 0 1372595742 6637621309 11646666659864087472 131389305128408951097153226814 0 5
uniform 1.8772895470857018 1.3303198496746909 1.5452725781644285
bigrandrange 3393210826284018334029294266530 5239997931238396795272447886963 1382235257786815396944984010798
randintbig 9113233141282664818 -6806170421600948480 5043789198084492601
random 0.683150535354096 0.7014105137963916 0.3884964871090101
SEED "héllo ✓"
random 0.5592754137226804 0.16962911506618839 0.5818399129795992 0.47994834400416697 0.07358304185356046
randint 21 10 28 20 78 89 58 35 3 100
randrange 252 21 616 623 770 175 714 721 770 336
randrangeneg 32 -49 44 35 35
choice 11 0 10 4 14 5 9 11 7 9
shuffle 2 1 4 0 6 5 9 8 3 7
getrandbits 1009139386934818624452 1 3073549222 2956644056 8244483572154666573 953679630441177571589807846922 0 14
uniform 1.8901638368589124 1.0902258218188274 1.4110828820025327
bigrandrange 6886938245008177694096307505540 5020118596491440852769507902275 7308354837567443530365740375920
randintbig -2921906317019453766 -7274066669097682634 -8597973473442216205
random 0.557793358698825 0.24500387786318767 0.1128740123085008
SEED b"abc"
random 0.7720246314157545 0.5581691373899791 0.7095325359498886 0.3543265309713739 0.8275650946403316
randint 46 21 35 8 28 10 86 84 2 89
randrange 0 133 560 483 217 693 707 658 777 196
randrangeneg -37 44 -16 -25 -25
choice 1 11 11 9 10 13 10 14 0 0
shuffle 8 0 7 4 2 5 6 9 1 3
getrandbits 488756214727164824374 1 2132893873 3175218123 13473780450320807144 320912694035777704826031315761 0 31
uniform 1.297678599472273 1.7334099914404222 1.7801802508854618
bigrandrange 3462747274165229205833305395673 8385675612877084691622074853421 5538762077216139212814127877302
randintbig 4742810037822416107 -1922263985916110597 -1432509568559500205
random 0.3794566649558344 0.283291229506466 0.4011203113143952
SEED ""
random 0.9602256525641875 0.595411957851699 0.3880117152955401 0.7335810344878906 0.22083284598771158
randint 44 100 80 1 77 81 42 47 7 59
randrange 693 546 343 301 910 476 700 42 434 560
randrangeneg 11 5 17 -10 5
choice 12 14 0 3 11 12 14 11 14 5
shuffle 7 1 6 9 8 2 5 4 3 0
getrandbits 954529481267957289567 0 3198368758 4507093561 6120966771547680357 171625265830957018630912256526 0 15
uniform 1.602783110857751 1.6689580103357133 1.3899844970197248
bigrandrange 9096345303382906788676314353950 9301823632778110241308162846138 5697572665106881606276474375669
randintbig -1986555493378403640 9196625271613517501 -5593685399660623058
random 0.013535687265406549 0.409601761192266 0.4781197460775497
            """;
}
