package org.tandem.sampledata;

import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three brands and their products. Each product line is sold in one or more packings (a bottle, a case
 * of 6, 12 or 24, a keg); every line-and-packing pair is one product, numbered in table order.
 */
final class SampleCatalog {

    /** China's standard VAT rate on alcoholic drinks. */
    static final BigDecimal VAT = new BigDecimal("0.1300");

    /** A GS1 China prefix (690–699) and a made-up company number; a brand digit and a five-digit item follow. */
    private static final String BARCODE_PREFIX = "692026";

    private record Packing(String unit, int packSize) {
    }

    /** @param piecePrice the list price of one piece (bottle, can, keg) in CNY with VAT */
    private record Line(String name, String spec, String piecePrice, List<Packing> packings) {
    }

    private record BrandLines(String code, String name, String category, List<Line> lines) {
    }

    private static final Packing BOTTLE = new Packing("瓶", 1);
    private static final Packing CASE_OF_6 = new Packing("箱", 6);
    private static final Packing CASE_OF_12 = new Packing("箱", 12);
    private static final Packing CASE_OF_24 = new Packing("箱", 24);
    private static final Packing KEG = new Packing("桶", 1);

    private static final List<BrandLines> BRANDS = List.of(
            new BrandLines("JX", "金星酱香", "BAIJIU", List.of(
                    new Line("典藏", "53%vol 500ml", "1499", List.of(BOTTLE, CASE_OF_6)),
                    new Line("十五年", "53%vol 500ml", "899", List.of(BOTTLE, CASE_OF_6)),
                    new Line("十年", "53%vol 500ml", "599", List.of(BOTTLE, CASE_OF_6)),
                    new Line("五星", "53%vol 500ml", "128", List.of(BOTTLE, CASE_OF_6)),
                    new Line("五星", "53%vol 100ml", "32", List.of(BOTTLE, CASE_OF_24)),
                    new Line("金标", "52%vol 500ml", "168", List.of(BOTTLE, CASE_OF_6)),
                    new Line("金标", "42%vol 500ml", "138", List.of(BOTTLE, CASE_OF_6)),
                    new Line("光瓶", "42%vol 450ml", "45", List.of(BOTTLE, CASE_OF_12)),
                    new Line("丙午马年生肖纪念", "53%vol 500ml", "699", List.of(BOTTLE, CASE_OF_6)))),
            new BrandLines("YL", "云岭干红", "WINE", List.of(
                    new Line("赤霞珠干红", "750ml", "128", List.of(BOTTLE, CASE_OF_6)),
                    new Line("梅洛干红", "750ml", "118", List.of(BOTTLE, CASE_OF_6)),
                    new Line("蛇龙珠干红", "750ml", "138", List.of(BOTTLE, CASE_OF_6)),
                    new Line("西拉干红", "750ml", "148", List.of(BOTTLE, CASE_OF_6)),
                    new Line("珍藏级赤霞珠干红", "750ml", "298", List.of(BOTTLE, CASE_OF_6)),
                    new Line("庄园干红", "1.5L", "368", List.of(BOTTLE)),
                    new Line("霞多丽干白", "750ml", "108", List.of(BOTTLE, CASE_OF_6)),
                    new Line("赤霞珠干红小瓶", "187ml", "28", List.of(CASE_OF_24)))),
            new BrandLines("HW", "海湾啤酒", "BEER", List.of(
                    new Line("经典", "330ml罐", "3.50", List.of(CASE_OF_24)),
                    new Line("经典", "500ml罐", "4.50", List.of(CASE_OF_12, CASE_OF_24)),
                    new Line("经典", "600ml瓶", "5", List.of(CASE_OF_12)),
                    new Line("纯生", "330ml罐", "5", List.of(CASE_OF_24)),
                    new Line("纯生", "500ml瓶", "7", List.of(CASE_OF_12)),
                    new Line("冰爽", "330ml罐", "4", List.of(CASE_OF_24)),
                    new Line("原浆", "1L瓶", "25", List.of(BOTTLE, CASE_OF_6)),
                    new Line("精酿IPA", "330ml瓶", "12", List.of(CASE_OF_6, CASE_OF_24)),
                    new Line("小麦白啤", "500ml罐", "8", List.of(CASE_OF_12)),
                    new Line("黑啤", "500ml罐", "8", List.of(CASE_OF_12)),
                    new Line("零度无醇", "330ml罐", "4", List.of(CASE_OF_24)),
                    new Line("鲜啤", "5L", "68", List.of(KEG)),
                    new Line("扎啤", "20L", "220", List.of(KEG)))));

    final List<Brand> brands = new ArrayList<>();
    final List<Product> products = new ArrayList<>();
    /** Each product's list price per unit sold (a case costs its pieces), in CNY with VAT. */
    final Map<Product, BigDecimal> listPrices = new LinkedHashMap<>();

    SampleCatalog() {
        for (int b = 0; b < BRANDS.size(); b++) {
            BrandLines table = BRANDS.get(b);
            Brand brand = new Brand(table.code(), table.name(), table.category());
            brands.add(brand);
            int item = 0;
            for (Line line : table.lines()) {
                for (Packing packing : line.packings()) {
                    item++;
                    String name = table.name() + " " + line.name() + " " + line.spec()
                            + (packing.packSize() > 1 ? "×" + packing.packSize() : "");
                    String barcode = Ean13.withCheckDigit(BARCODE_PREFIX + (b + 1) + String.format("%05d", item));
                    Product product = new Product(String.format("%s-%03d", table.code(), item), name, brand,
                            packing.unit(), packing.packSize(), barcode, VAT);
                    products.add(product);
                    BigDecimal listPrice = new BigDecimal(line.piecePrice()).multiply(BigDecimal.valueOf(packing.packSize()));
                    listPrices.put(product, listPrice);
                    product.costs(standardCost(table.category(), listPrice));
                }
            }
        }
    }

    /** What a unit costs to make and bring to market: a share of the net list price, smaller for baijiu than beer. */
    private static BigDecimal standardCost(String category, BigDecimal listPrice) {
        BigDecimal share = switch (category) {
            case "BAIJIU" -> new BigDecimal("0.35");
            case "WINE" -> new BigDecimal("0.50");
            default -> new BigDecimal("0.65");
        };
        return listPrice.divide(BigDecimal.ONE.add(VAT), 4, java.math.RoundingMode.HALF_UP).multiply(share)
                .setScale(4, java.math.RoundingMode.HALF_UP);
    }
}
