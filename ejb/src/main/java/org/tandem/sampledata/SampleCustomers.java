package org.tandem.sampledata;

import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.organization.entity.UserAccount;
import org.tandem.sampledata.SampleOrganization.Market;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Five hundred customers in fixed shares of kind, shuffled and spread over the districts at random. A name
 * is a place, a trade name and a kind of business, like 上海鑫盛酒业有限公司 or 浦东恒源烟酒店; each
 * customer is owned by the district's reps in turn, so every rep has customers. Group, channel and payment
 * terms follow from kind, size and trade; each customer has one or two contacts.
 */
final class SampleCustomers {

    static final int COUNT = 500;
    static final String CURRENCY = "CNY";

    /** Customers of each kind among {@link #COUNT}: 5 %, 15 %, 3 %, and the rest outlets (77 %). */
    private static final Map<CustomerKind, Integer> SHARES = new EnumMap<>(Map.of(
            CustomerKind.DISTRIBUTOR, 25, CustomerKind.WHOLESALER, 75, CustomerKind.KEY_ACCOUNT, 15));

    private static final List<String> TRADE_NAMES = List.of("鑫盛", "恒源", "宏达", "永兴", "金泰", "瑞丰", "隆昌", "福顺",
            "万家", "聚贤", "德馨", "嘉禾", "富源", "盛世", "兴旺", "鸿运", "长青", "同福", "和顺", "润泽", "佳和", "天顺",
            "源丰", "顺达", "广聚", "新茂", "春晖", "吉祥", "安泰", "康达", "泰和", "金鼎", "通达", "荣昌", "惠民", "友邻",
            "合众", "众鑫", "百川", "德润", "华信", "乐购", "悦来", "四海", "旺角", "明珠", "金樽", "醉仙", "好运", "东升");

    private static final List<String> DISTRIBUTOR_ENDINGS = List.of("酒业有限公司", "酒类贸易有限公司", "供应链管理有限公司", "食品饮料有限公司");
    private static final List<String> WHOLESALER_ENDINGS = List.of("商贸有限公司", "酒水批发部", "副食品批发商行", "贸易商行");
    private static final List<String> KEY_ACCOUNT_ENDINGS = List.of("连锁超市有限公司", "购物广场有限公司", "量贩超市有限公司", "餐饮管理有限公司");
    private static final List<String> OUTLET_ENDINGS = List.of("便利店", "烟酒店", "酒行", "超市", "烟酒商行", "酒家", "火锅店", "烧烤店", "小吃部", "名酒专卖店");

    /** Payment terms by kind: supermarkets pay late, distributors are financed, small shops pay on delivery. */
    private static final Map<CustomerKind, Integer> PAYMENT_TERMS = new EnumMap<>(Map.of(
            CustomerKind.DISTRIBUTOR, 60, CustomerKind.WHOLESALER, 30, CustomerKind.KEY_ACCOUNT, 90,
            CustomerKind.RETAIL_OUTLET, 0));

    /** Credit limits from which a customer counts as a large one of its kind (group "…-A"). */
    private static final Map<CustomerKind, Integer> LARGE_FROM = new EnumMap<>(Map.of(
            CustomerKind.DISTRIBUTOR, 1_000_000, CustomerKind.WHOLESALER, 300_000, CustomerKind.KEY_ACCOUNT, 600_000,
            CustomerKind.RETAIL_OUTLET, 30_000));

    private static final Map<CustomerKind, String> GROUP_PREFIX = new EnumMap<>(Map.of(
            CustomerKind.DISTRIBUTOR, "DIST", CustomerKind.WHOLESALER, "WHS", CustomerKind.KEY_ACCOUNT, "KA",
            CustomerKind.RETAIL_OUTLET, "OUTLET"));

    private static final Map<String, String> AREA_CODES = Map.of("上海", "021", "杭州", "0571", "广州", "020",
            "深圳", "0755", "北京", "010", "天津", "022");

    /** Outlets that serve food and drink on the premises sell through the on-trade channel. */
    private static final List<String> HORECA_ENDINGS = List.of("酒家", "火锅店", "烧烤店", "小吃部");
    private static final List<String> MODERN_TRADE_ENDINGS = List.of("便利店", "超市");

    private final Random random;

    final List<Customer> customers = new ArrayList<>();

    /** The city of each customer, by position in {@link #customers}, for its telephone area code. */
    private final List<String> cities = new ArrayList<>();

    SampleCustomers(Random random, List<Market> markets) {
        this.random = random;
        List<CustomerKind> kinds = new ArrayList<>();
        SHARES.forEach((kind, count) -> kinds.addAll(Collections.nCopies(count, kind)));
        kinds.addAll(Collections.nCopies(COUNT - kinds.size(), CustomerKind.RETAIL_OUTLET));
        Collections.shuffle(kinds, random);

        Set<String> names = new HashSet<>();
        Map<Market, Integer> perMarket = new HashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            CustomerKind kind = kinds.get(i);
            Market market = markets.get(random.nextInt(markets.size()));
            String name;
            do {
                name = name(kind, market);
            } while (!names.add(name));
            int served = perMarket.merge(market, 1, Integer::sum) - 1;
            UserAccount owner = market.reps().get(served % market.reps().size());
            customers.add(new Customer(String.format("C%05d", i + 1), name, kind, market.territory(), owner,
                    address(market), creditLimit(kind)));
            cities.add(market.city());
        }
        // a second pass, drawing only after every customer above is made, so those stay as they were
        for (int i = 0; i < customers.size(); i++) {
            describe(i, customers.get(i), cities.get(i));
        }
    }

    /** Every 40th customer is on hold and every 97th closed, so the lists show all three states. */
    private void describe(int index, Customer customer, String city) {
        CustomerKind kind = customer.getKind();
        CustomerStatus status = index % 97 == 96 ? CustomerStatus.CLOSED
                : index % 40 == 39 ? CustomerStatus.ON_HOLD : CustomerStatus.ACTIVE;
        boolean large = customer.getCreditLimit().getAmount().intValue() >= LARGE_FROM.get(kind);
        customer.describe(customer.getName(), kind, customer.getAddress(), landline(city),
                GROUP_PREFIX.get(kind) + (large ? "-A" : "-B"), channel(customer), PAYMENT_TERMS.get(kind), status);
        if (kind == CustomerKind.RETAIL_OUTLET) {
            customer.addContact(SampleOrganization.personName(random), "店主", mobile(), null, true);
        } else {
            String code = customer.getCode().toLowerCase();
            customer.addContact(SampleOrganization.personName(random), "采购经理", mobile(), "purchasing." + code + "@example.com", true);
            customer.addContact(SampleOrganization.personName(random), "财务", landline(city), "finance." + code + "@example.com", false);
        }
    }

    private static Channel channel(Customer customer) {
        if (customer.getKind() != CustomerKind.RETAIL_OUTLET) {
            return Channel.usualFor(customer.getKind());
        }
        String name = customer.getName();
        if (HORECA_ENDINGS.stream().anyMatch(name::endsWith)) {
            return Channel.HORECA;
        }
        return MODERN_TRADE_ENDINGS.stream().anyMatch(name::endsWith) ? Channel.MODERN_TRADE : Channel.TRADITIONAL_TRADE;
    }

    private String landline(String city) {
        return AREA_CODES.get(city) + "-" + (20_000_000 + random.nextInt(70_000_000));
    }

    private String mobile() {
        return "13" + (100_000_000 + random.nextInt(900_000_000));
    }

    private String name(CustomerKind kind, Market market) {
        String tradeName = pick(TRADE_NAMES);
        return switch (kind) {
            case DISTRIBUTOR -> market.city() + tradeName + pick(DISTRIBUTOR_ENDINGS);
            case WHOLESALER -> market.city() + tradeName + pick(WHOLESALER_ENDINGS);
            case KEY_ACCOUNT -> market.city() + tradeName + pick(KEY_ACCOUNT_ENDINGS);
            // outlets go by their neighbourhood: 浦东, 西湖
            case RETAIL_OUTLET -> shortName(market.district().name()) + tradeName + pick(OUTLET_ENDINGS);
        };
    }

    private static String shortName(String district) {
        return district.replaceFirst("(新区|区)$", "");
    }

    private String address(Market market) {
        return market.district().addressPrefix() + pick(market.district().streets()) + (1 + random.nextInt(999)) + "号";
    }

    /** A limit in whole hundreds of yuan, in a range that suits the kind's size of business. */
    private Money creditLimit(CustomerKind kind) {
        int[] range = switch (kind) {
            case DISTRIBUTOR -> new int[]{500_000, 2_000_000};
            case KEY_ACCOUNT -> new int[]{200_000, 1_000_000};
            case WHOLESALER -> new int[]{100_000, 500_000};
            case RETAIL_OUTLET -> new int[]{5_000, 50_000};
        };
        int hundreds = random.nextInt((range[1] - range[0]) / 100 + 1);
        return Money.of(BigDecimal.valueOf(range[0] + 100L * hundreds), CURRENCY);
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
