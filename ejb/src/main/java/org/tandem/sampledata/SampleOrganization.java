package org.tandem.sampledata;

import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The sales map (three regions, two cities each, one or two districts per city) and the people: one demo
 * user per role plus twenty reps. Reps are dealt to the districts in turn, so each district has one to three.
 */
final class SampleOrganization {

    /** A district: the lowest level of the map, where customers live and reps work. */
    record District(String code, String name, String addressPrefix, List<String> streets) {
    }

    private record City(String code, String name, List<District> districts) {
    }

    private record Region(String code, String name, List<City> cities) {
    }

    /** A district's territory with the city it lies in and the reps who work it. */
    record Market(Territory territory, String city, District district, List<UserAccount> reps) {
    }

    private record DemoUser(String username, String displayName, Role role, String locale) {
    }

    static final String DEMO_REP = "rep";
    static final String DEMO_REP_TERRITORY = "EAST-SH-PD";
    static final String DEMO_SALES_MANAGER = "salesmanager";
    static final String DEMO_SALES_MANAGER_AREA = "EAST-SH";
    static final int REPS = 20;

    private static final List<Region> MAP = List.of(
            new Region("EAST", "华东", List.of(
                    new City("SH", "上海", List.of(
                            new District("PD", "浦东新区", "上海市浦东新区", List.of("世纪大道", "张杨路", "东方路", "浦东南路", "锦绣路")),
                            new District("MH", "闵行区", "上海市闵行区", List.of("七莘路", "沪闵路", "虹梅南路", "都市路")))),
                    new City("HZ", "杭州", List.of(
                            new District("XH", "西湖区", "浙江省杭州市西湖区", List.of("文三路", "天目山路", "教工路", "西溪路")),
                            new District("BJ", "滨江区", "浙江省杭州市滨江区", List.of("江南大道", "滨盛路", "长河路", "江陵路")))))),
            new Region("SOUTH", "华南", List.of(
                    new City("GZ", "广州", List.of(
                            new District("TH", "天河区", "广东省广州市天河区", List.of("天河路", "体育西路", "黄埔大道西", "中山大道西")),
                            new District("YX", "越秀区", "广东省广州市越秀区", List.of("北京路", "中山五路", "东风中路", "环市东路")))),
                    new City("SZ", "深圳", List.of(
                            new District("NS", "南山区", "广东省深圳市南山区", List.of("南海大道", "南山大道", "后海大道", "科苑路")),
                            new District("FT", "福田区", "广东省深圳市福田区", List.of("福华路", "华强北路", "彩田路", "益田路")))))),
            new Region("NORTH", "华北", List.of(
                    new City("BJ", "北京", List.of(
                            new District("CY", "朝阳区", "北京市朝阳区", List.of("建国路", "朝阳北路", "东三环中路", "望京街")),
                            new District("HD", "海淀区", "北京市海淀区", List.of("中关村大街", "学院路", "知春路", "北四环西路")))),
                    new City("TJ", "天津", List.of(
                            new District("HP", "和平区", "天津市和平区", List.of("南京路", "滨江道", "和平路", "营口道")))))));

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser(DEMO_REP, "张伟", Role.SALES_REP, "zh_CN"),
            new DemoUser(DEMO_SALES_MANAGER, "李娜", Role.SALES_MANAGER, "zh_CN"),
            new DemoUser("marketing", "王芳", Role.MARKETING, "zh_CN"),
            new DemoUser("marketingmanager", "刘洋", Role.MARKETING_MANAGER, "zh_CN"),
            new DemoUser("finance", "陈静", Role.FINANCE, "zh_CN"),
            new DemoUser("gm", "赵建国", Role.GENERAL_MANAGER, "zh_CN"),
            new DemoUser("admin", "孙磊", Role.ADMIN, "en"),
            new DemoUser("integration", "系统接口", Role.INTEGRATION, "en"));

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹";
    static final List<String> GIVEN_NAMES = List.of("伟", "芳", "敏", "静", "丽", "强", "磊", "军", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "鹏", "浩", "建华", "秀英", "桂兰", "志强", "海燕", "晓东",
            "俊杰", "佳琪", "思远", "子涵", "文博", "雨婷", "国栋", "丽华", "春梅", "永刚", "婷婷", "宇航", "玉兰", "立新");

    final List<Territory> territories = new ArrayList<>();
    final List<UserAccount> users = new ArrayList<>();
    final List<Market> markets = new ArrayList<>();

    SampleOrganization(Random random, String passwordHash, OffsetDateTime createdAt) {
        Set<String> names = new HashSet<>();
        UserAccount rep = null;
        UserAccount salesManager = null;
        for (DemoUser demo : DEMO_USERS) {
            UserAccount user = user(demo.username(), demo.displayName(), demo.role(), passwordHash, createdAt);
            user.changeLocale(demo.locale());
            names.add(demo.displayName());
            rep = demo.username().equals(DEMO_REP) ? user : rep;
            salesManager = demo.username().equals(DEMO_SALES_MANAGER) ? user : salesManager;
        }
        List<UserAccount> reps = new ArrayList<>();
        for (int i = 1; i <= REPS; i++) {
            String name;
            do {
                name = personName(random);
            } while (!names.add(name));
            reps.add(user(String.format("rep%02d", i), name, Role.SALES_REP, passwordHash, createdAt));
        }
        buildMap(rep, salesManager, reps);
    }

    /** A Chinese name: one surname and a given name of one or two characters. */
    static String personName(Random random) {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size()));
    }

    private UserAccount user(String username, String displayName, Role role, String passwordHash, OffsetDateTime createdAt) {
        UserAccount user = new UserAccount(username, displayName, passwordHash, Set.of(role), createdAt);
        user.rename(displayName, username + "@example.com");
        users.add(user);
        return user;
    }

    /** Parents come before children in {@link #territories}, the order they must be written in. */
    private void buildMap(UserAccount rep, UserAccount salesManager, List<UserAccount> reps) {
        List<Market> districts = new ArrayList<>();
        for (Region region : MAP) {
            Territory regionNode = territory(region.code(), region.name(), TerritoryLevel.REGION, null);
            for (City city : region.cities()) {
                Territory cityNode = territory(regionNode.getCode() + "-" + city.code(), city.name(), TerritoryLevel.AREA, regionNode);
                if (cityNode.getCode().equals(DEMO_SALES_MANAGER_AREA)) {
                    cityNode.assignMembers(Set.of(salesManager));
                }
                for (District district : city.districts()) {
                    Territory node = territory(cityNode.getCode() + "-" + district.code(), district.name(), TerritoryLevel.TERRITORY, cityNode);
                    List<UserAccount> members = new ArrayList<>();
                    if (node.getCode().equals(DEMO_REP_TERRITORY)) {
                        members.add(rep);
                    }
                    districts.add(new Market(node, city.name(), district, members));
                }
            }
        }
        for (int i = 0; i < reps.size(); i++) {
            districts.get(i % districts.size()).reps().add(reps.get(i));
        }
        for (Market market : districts) {
            market.territory().assignMembers(new LinkedHashSet<>(market.reps()));
            markets.add(new Market(market.territory(), market.city(), market.district(), List.copyOf(market.reps())));
        }
    }

    private Territory territory(String code, String name, TerritoryLevel level, Territory parent) {
        Territory territory = new Territory(code, name, level, parent);
        territories.add(territory);
        return territory;
    }
}
