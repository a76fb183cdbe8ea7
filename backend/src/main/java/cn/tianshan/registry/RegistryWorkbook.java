package cn.tianshan.registry;

import cn.tianshan.registry.RegistryViews.PlaceView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The registry as an xlsx workbook: every place with its manager on a day, and the gaps. */
final class RegistryWorkbook {

    private static final String[] HEADER = {"单位（部门）", "类别", "名称", "管理人员", "办公电话", "手机", "电子邮箱", "生效日期"};

    private RegistryWorkbook() {
    }

    static byte[] of(List<PlaceView> places, LocalDate on) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Tianshan", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("管理人员备案");
            sheet.value(0, 0, "交通运输厅政府网站责任单位相关管理人员备案登记表（" + on + "）");
            for (int c = 0; c < HEADER.length; c++) {
                sheet.value(1, c, HEADER[c]);
                sheet.style(1, c).bold().set();
            }
            int row = 2;
            for (PlaceView p : places) {
                sheet.value(row, 0, p.unitName());
                sheet.value(row, 1, p.categoryLabel());
                sheet.value(row, 2, p.subjectName());
                if (p.manager() == null) {
                    sheet.value(row, 3, "（未备案）");
                } else {
                    sheet.value(row, 3, p.manager().managerName() + (p.manager().accountDisabled() ? "（账号已停用）" : ""));
                    sheet.value(row, 4, p.manager().officePhone());
                    sheet.value(row, 5, p.manager().mobile());
                    sheet.value(row, 6, p.manager().email());
                    sheet.value(row, 7, p.manager().effectiveFrom().toString());
                }
                row++;
            }
            sheet.width(0, 22);
            sheet.width(2, 36);
            sheet.width(3, 14);
            sheet.width(4, 16);
            sheet.width(5, 16);
            sheet.width(6, 26);
            sheet.width(7, 12);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
