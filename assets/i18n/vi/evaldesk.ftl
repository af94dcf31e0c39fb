# EvalDesk — danh mục chữ tiếng Việt. Mọi thông điệp ở đây phải có trong ../en/evaldesk.ftl
# với cùng các { $tham_số }; nếu không, chương trình không biên dịch được. Số và ngày đến đây
# đã được định dạng sẵn (dấu chấm phân cách hàng nghìn, dấu phẩy thập phân).

## Ngôn ngữ (mỗi thứ tiếng ghi bằng chính thứ tiếng đó)
lang-vi = Tiếng Việt
lang-en = English

## Màn hình đầu
app-title = EvalDesk — Đánh giá, so sánh phần mềm
new-evaluation = Đánh giá mới…
new-evaluation-heading = Đánh giá mới
open = Mở tệp…
compare-results = So sánh kết quả…
recent-sessions = Mở gần đây
forget-recent = Bỏ khỏi danh sách
sessions-in = Phiên đánh giá trong thư mục { $folder }
no-sessions = Chưa có phiên đánh giá nào.
refresh = Làm mới
file = Tệp
evaluator = Người đánh giá
status = Trạng thái
scored = Đã chấm
last-change = Sửa lần cuối
check = Kiểm tra
valid = Hợp lệ
invalid = Lỗi: { $problem }
invalid-more = Lỗi: { $problem } (và { $more } lỗi khác)
status-draft = Bản nháp
status-submitted = Đã nộp, đã niêm phong
bundled-checklists = Danh sách tiêu chí có sẵn
checklist-size = { $groups } nhóm, { $criteria } tiêu chí
checklist-described = { $title } — { $size }
path-field = Đường dẫn
path-hint = Gõ hoặc dán đường dẫn tệp/thư mục: máy này không có hộp chọn tệp của hệ thống (thiếu dịch vụ xdg-desktop-portal).
path-hint-cancelled = Hộp chọn tệp đã đóng mà không chọn gì; có thể gõ hoặc dán đường dẫn vào đây.
open-path = Mở
dialog-filter = Tệp EvalDesk (*.json)

## Đánh giá mới
back = « Màn hình đầu
checklist = Danh sách tiêu chí
checklist-file = hoặc tệp danh sách tiêu chí (.checklist.json)
name = Họ và tên
product-name = Tên
organization = Cơ quan
role = Chức vụ
candidates = Đối tượng được đánh giá
vendor = Nhà cung cấp
version = Phiên bản
field-in-row = { $field }, dòng { $row }
add-candidate = + Thêm đối tượng
remove = Bỏ
folder = Lưu vào thư mục
create = Tạo phiên đánh giá
need-name = Cần nhập họ và tên người đánh giá.
need-candidate = Cần ít nhất một đối tượng được đánh giá.
duplicate-candidate = Hai đối tượng trùng tên.
need-checklist = Cần chọn danh sách tiêu chí.
cannot-create-folder = Không tạo được thư mục { $folder }: { $reason }

## Chấm điểm
groups = Nhóm tiêu chí
group-entry = { $id } { $title }
group-progress = đã chấm { $done }/{ $total } · trọng số { $weight }
id = Mã
criterion = Tiêu chí
weight = Trọng số
guidance = Hướng dẫn chấm
source = Căn cứ
notes = Ghi chú
note-for = Ghi chú — { $candidate }
na = N/A
filter = Lọc tiêu chí (Ctrl+F)
no-criterion-matches = Không có tiêu chí nào khớp “{ $filter }”. Bấm Esc để bỏ lọc.
next-unscored = Mục chưa chấm tiếp theo (Ctrl+G)
all-scored = Đã chấm đủ mọi tiêu chí cho mọi đối tượng: có thể nộp (Ctrl+Enter).
undo = Hoàn tác (Ctrl+Z)
redo = Làm lại (Ctrl+Y)
submit = Nộp và niêm phong… (Ctrl+Enter)
submit-now = Nộp và niêm phong
copy-as-draft = Sao thành bản nháp mới
copied-as-draft = Đã tạo và mở bản nháp mới: { $file }. Phiên đã nộp vẫn giữ nguyên.
read-only = Chỉ xem
read-only-typing = Không có gì thay đổi: phiên này chỉ xem được. { $why }
take-over = Nhận quyền chấm
close = Đóng
cancel = Hủy
ok = Đồng ý
saved-at = Đã lưu lúc { $time }
not-saved = Chưa lưu được: { $reason }
saving = Đang chờ lưu…
locked-by-you = Bạn đang giữ quyền chấm phiên này
session-file = Tệp: { $file }
keys = Phím: mũi tên lên/xuống: tiêu chí · trái/phải: đối tượng · số: chấm điểm · N: N/A · Enter: ghi chú · Ctrl+Z/Ctrl+Y: hoàn tác/làm lại · Ctrl+S: lưu ngay · Ctrl+G: mục chưa chấm · Ctrl+Enter: nộp
progress = Đã chấm { $done }/{ $total } ({ $percent })
criterion-weight = Trọng số { $weight }
mandatory-threshold = bắt buộc (ngưỡng { $threshold })
mandatory-mark = * bắt buộc
scale = Thang điểm
scale-level = { $value } — { $label }
note-hint = Enter: giữ ghi chú · Shift+Enter: xuống dòng
note-needs-score = ghi chú (được lưu cùng điểm hoặc N/A đầu tiên của ô)
number-hint = gõ số rồi Enter
number-read-as = hiểu là { $value }
number-not-a-number = “{ $text }” không phải là số: gõ các chữ số, dùng { $mark } trước phần thập phân.
number-wrong-mark = “{ $text }” không đọc được thành số: dấu thập phân là “{ $mark }” (ví dụ { $example }).
number-negative = “{ $text }” nhỏ hơn 0: giá trị phải từ 0 trở lên.
not-on-scale = { $digit } không có trên thang điểm của tiêu chí này.
na-on-mandatory = { $criterion } là tiêu chí bắt buộc: N/A nghĩa là { $candidate } sẽ bị tính là không đạt ở tiêu chí này.
cell-value = { $cell }: { $value }
submit-title = Nộp phiên đánh giá
submit-missing = Còn thiếu { $count } mục (bấm vào một mục để đến đó):
submit-confirm = Sau khi nộp, phiên được niêm phong và không sửa được nữa. Nộp ngay?
submit-done = Đã nộp và niêm phong.
fingerprint = Dấu niêm phong — ghi lên bản giấy để ký:
seal-short = Dấu niêm phong: { $fingerprint }
sha256 = SHA-256: { $sha }

## Kết quả
results = Kết quả so sánh
rank = Hạng
candidate = { $subject ->
        [agency] Cơ quan, đơn vị
       *[product] Sản phẩm
    }
total = Tổng điểm
qualified = Đạt yêu cầu
yes = có
no = không
no-upper = KHÔNG
not-qualified-because = không: { $reasons }
failed-criterion = { $criterion } ({ $value }, cần { $threshold })
failed-criterion-unscored = { $criterion } (chưa được chấm)
why-not = Không đạt tiêu chí bắt buộc
sessions-used = Các phiên đánh giá được tổng hợp
warnings = Cảnh báo
mean = Trung bình
median = Trung vị
sensitivity = Độ nhạy theo trọng số nhóm
files-left-out = { $count } tệp không được tính (xem lý do bên dưới); kết quả dùng { $used } phiên còn lại.
no-sessions-here = Không tìm thấy phiên đánh giá nào ở đây.
no-value = —

## Khôi phục
recovery-title = Khôi phục phần chưa lưu
recovery-explain = Lần trước EvalDesk đóng khi chưa kịp lưu. Đây là các điểm khác với tệp đã lưu:
recovery-older = Chú ý: tệp đã lưu mới hơn bản sao này (có thể đã được lưu từ nơi khác).
recovery-who = { $evaluator } — bản chưa lưu lúc { $time }
recovery-change = { $cell }: tệp đã lưu ghi { $disk }, bản chưa lưu ghi { $unsaved }
recovery-empty = chưa chấm
restore = Khôi phục bản chưa lưu
keep-file = Giữ tệp đã lưu, bỏ bản sao
later = Để sau
error-title = Có vấn đề

## Tệp và thư mục
io-not-found = không có tệp hoặc thư mục này
io-permission = không có quyền truy cập
io-is-folder = đây là một thư mục, không phải tệp
io-not-a-file = đây không phải tệp thông thường
io-too-large = tệp quá lớn ({ $size }), không phải tệp của EvalDesk
io-disk-full = ổ đĩa đã đầy
io-read-only = ổ đĩa hoặc thư mục chỉ cho phép đọc
io-file-read-only = tệp được đặt chế độ chỉ đọc nên EvalDesk không ghi đè (bỏ chế độ chỉ đọc trong thuộc tính của tệp để lưu vào đây)
io-other = { $detail }
verbatim = { $text }
verbatim-number = { $value }
value-with-note = { $value } (ghi chú: “{ $note }”)

## Kiểm tra tệp: ở đâu
place-text = dòng { $line }, cột { $column }
located = { $place }: { $problem }
in-file = { $file }: { $problem }

## Kiểm tra tệp: sai gì
p-unreadable = không đọc được tệp: { $reason }
p-empty = tệp trống, không có nội dung
p-not-utf8 = tệp không phải văn bản UTF-8 (có phải tệp JSON của EvalDesk không?)
p-truncated = tệp kết thúc giữa chừng, có thể bị cắt cụt khi sao chép hoặc gửi
p-too-deep = dữ liệu lồng nhau quá sâu, đây không phải tệp của EvalDesk
p-number-too-large = một con số quá lớn
p-syntax = nội dung tệp bị hỏng hoặc bị sửa tay không đúng: { $detail }
syntax-expected-value = ở đây cần một giá trị (chữ trong ngoặc kép, một số, true, false, một danh sách hoặc một đối tượng)
syntax-expected-comma = ở đây cần dấu phẩy hoặc dấu đóng ngoặc
syntax-expected-colon = sau tên mục cần dấu hai chấm “:”
syntax-key-not-text = tên mục phải là chữ trong ngoặc kép
syntax-trailing = còn chữ thừa sau khi dữ liệu đã kết thúc
syntax-trailing-comma = có dấu phẩy thừa ngay trước dấu đóng ngoặc: hãy xóa nó
syntax-escape = dấu gạch chéo ngược “\” trong chuỗi chữ không đi kèm ký tự hợp lệ
syntax-number = một con số viết không đúng
syntax-control = có ký tự điều khiển không nhìn thấy (tab, xuống dòng hoặc ký tự rỗng) nằm trong chuỗi chữ
syntax-other = nội dung không được sắp xếp theo dạng dữ liệu JSON
p-not-an-object = tệp phải chứa một đối tượng JSON {"{"}…{"}"}
p-no-format = không phải tệp của EvalDesk: thiếu mục `format`
p-foreign-format = không phải tệp của EvalDesk: `format` là "{ $found }", cần "evaldesk.checklist" hoặc "evaldesk.session"
p-wrong-format = cần tệp "{ $expected }" nhưng tệp này là "{ $found }"
p-newer-version = tệp được tạo bởi phiên bản EvalDesk mới hơn (định dạng phiên bản { $version }); chương trình này chỉ hiểu phiên bản 1 — hãy cập nhật EvalDesk
p-bad-version = `version` phải ghi là 1
p-unknown-member = mục `{ $member }` không được biết đến (gõ nhầm tên?)
p-missing-member = thiếu mục bắt buộc này
p-duplicate-member = mục `{ $member }` xuất hiện hai lần
p-wrong-type = cần { $expected }, nhưng có { $found }
kind-number = một con số
kind-whole-number = một số nguyên
kind-text = văn bản
kind-bool = true hoặc false
kind-list = một danh sách
kind-object = một đối tượng {"{"}…{"}"}
kind-null = null
kind-localized-text = văn bản hoặc {"{"}"vi", "en"{"}"}
kind-with-value = { $kind } ({ $value })
p-bad-choice = "{ $found }" không hợp lệ; chỉ được dùng: { $allowed }
p-structure = nội dung không đúng cấu trúc ({ $detail })
p-empty-id = mã (id) không được để trống
p-duplicate-id = mã "{ $id }" bị trùng, đã dùng tại { $first }
p-empty-text = nội dung không được để trống
p-no-groups = danh sách tiêu chí không có nhóm nào
p-no-criteria = nhóm này không có tiêu chí nào
p-no-candidates = không có đối tượng nào để đánh giá
p-scale-order = thang điểm: min ({ $min }) phải nhỏ hơn max ({ $max })
p-scale-step = bước thang điểm phải lớn hơn 0 (hiện là { $step })
p-scale-not-whole = khoảng từ { $min } đến { $max } không chia hết cho bước { $step }
p-not-finite = con số phải là số hữu hạn
p-level-off-scale = mức { $level } không nằm trên thang điểm
p-duplicate-level = mức { $level } đã có nhãn
p-weight-not-positive = trọng số phải lớn hơn 0 (hiện là { $weight })
p-numeric-needs = tiêu chí dạng số cần có `{ $member }`
p-threshold-needed = tiêu chí số bắt buộc phải có ngưỡng (`threshold`)
p-only-for-numeric = `{ $member }` chỉ dùng cho tiêu chí dạng số (kind: numeric)
p-threshold-out-of-range = ngưỡng { $value } nằm ngoài khoảng { $min } đến { $max }
p-matrix-size = ma trận so sánh cặp phải có { $expected } hàng × { $expected } cột, khớp số mục; ở đây có { $found }
p-matrix-too-large = ma trận so sánh cặp { $size } × { $size } quá lớn: tối đa 15 mục
p-matrix-not-positive = ô hàng { $row }, cột { $column } phải là số dương
p-matrix-diagonal = ô trên đường chéo (hàng { $row }, cột { $row }) phải bằng 1
p-matrix-not-reciprocal = ô hàng { $row }, cột { $column } phải là nghịch đảo của ô hàng { $from-row }, cột { $from-column }
p-bad-timestamp = thời điểm "{ $time }" không đúng dạng, ví dụ đúng: 2015-04-20T08:00:00+07:00
p-unknown-criterion = không có tiêu chí "{ $id }" trong danh sách tiêu chí
p-unknown-candidate = không có đối tượng "{ $id }" trong phiên đánh giá
p-duplicate-score = tiêu chí "{ $criterion }" cho "{ $candidate }" đã được chấm tại scores[{ $first }]
p-value-and-na = một điểm không thể vừa có giá trị vừa là N/A (không áp dụng)
p-no-value = điểm phải có giá trị (`value`) hoặc N/A (`na: true`)
p-value-out-of-range = điểm { $value } nằm ngoài thang { $min } đến { $max }
p-value-off-step = điểm { $value } không đúng bước { $step } của thang điểm
p-yes-no-value = tiêu chí có/không chỉ nhận 0 hoặc 1, không nhận { $value }
p-negative-value = giá trị không được âm ({ $value })
p-incomplete = phiên đã nộp nhưng còn thiếu { $count } điểm: { $list }
p-seal-missing = phiên đã nộp phải có niêm phong (`seal`)
p-seal-malformed = niêm phong phải gồm 64 ký tự hex thường (SHA-256)
p-seal-mismatch = niêm phong không khớp: tệp đã bị sửa sau khi nộp
p-seal-on-draft = bản nháp không được có niêm phong: phiên này đã nộp rồi bị sửa lại thành bản nháp bên ngoài EvalDesk; hãy dùng tệp đã nộp, hoặc "Sao thành bản nháp mới"
p-repeated-member = mục `{ $member }` được ghi hai lần trong cùng một đối tượng (dòng { $first-line } và { $line }): mỗi điều chỉ được ghi một lần, nên tệp bị từ chối
p-same-session = là cùng một phiên với { $other } (cùng mã id) nhưng nội dung khác — có thể một tệp là bản xung đột: mở cả hai, giữ bản đúng và chuyển bản kia ra khỏi thư mục
p-grades-empty = `grades`, nếu có, phải có ít nhất một mức xếp loại
p-grade-out-of-range = `min` của mức xếp loại phải từ 0 đến 100, không phải { $value }
p-grades-not-decreasing = các mức xếp loại phải đi từ cao xuống thấp: { $min } không nhỏ hơn mức trước ({ $previous })
p-last-grade-not-zero = mức xếp loại cuối cùng phải bắt đầu từ 0 (đang là { $value }), để tổng điểm nào cũng có xếp loại
p-different-checklist = được chấm theo danh sách tiêu chí khác với { $other }
p-different-candidates = đặt tên đối tượng "{ $id }" là "{ $name }", còn { $other } đặt tên là "{ $other_name }": một mã phải chỉ cùng một đối tượng trong mọi phiên

## Lưu, khóa, xung đột
save-failed = Không lưu được { $file }: { $reason }. Tệp cũ vẫn còn nguyên.
save-backup-failed = Không lưu được { $file }: không giữ được bản trước thành { $backup } ({ $reason }). Chưa có gì thay đổi; hãy chuyển hoặc đổi tên { $backup } rồi lưu lại.
conflict = Ai đó đã sửa { $theirs } sau khi bạn mở. Để không mất gì, bản của bạn được lưu riêng thành { $ours }; bản của họ giữ nguyên.
file-exists = Đã có tệp { $file }; chọn tên khác.
lock-holder = { $owner } (máy { $machine }, từ { $since })
ro-submitted = Phiên này đã nộp và niêm phong nên chỉ xem được. Dùng “Sao thành bản nháp mới” để chấm tiếp.
ro-locked-by = { $who } đang mở phiên này để chấm, nên bạn chỉ xem được.
ro-stale-lock = Phiên này còn khóa của { $who }, nhưng có vẻ người đó đã đóng chương trình. Bạn có thể nhận quyền chấm nếu chắc chắn không ai khác đang dùng.
ro-cannot-lock = Không khóa được phiên để chấm ({ $reason }), nên chỉ xem được.

## Cảnh báo khi tổng hợp
w-unqualified = { $name } không đạt yêu cầu bắt buộc: { $list }.
w-inconsistent-groups = Ma trận so sánh cặp giữa các nhóm thiếu nhất quán: CR = { $cr } > { $limit }.
w-inconsistent-group = Ma trận so sánh cặp giữa các tiêu chí của nhóm { $group } thiếu nhất quán: CR = { $cr } > { $limit }.
w-unscored = Chưa ai chấm { $criterion } cho { $candidate }; tiêu chí này không được tính cho { $candidate }.
w-disagreement = Các cán bộ chấm khác nhau nhiều ở { $criterion } cho { $candidate }: từ { $min } đến { $max }.
w-drafts = { $count } phiên còn là bản nháp, chưa nộp: { $list }.

## Độ nhạy
sens-robust = { $group } { $title } (hiện { $now }): vững — không trọng số nào của nhóm làm đổi { $subject ->
        [agency] đơn vị dẫn đầu
       *[product] sản phẩm dẫn đầu
    }.
sens-above = { $group } { $title }: nếu trọng số tăng quá { $share } (hiện { $now }), { $to } sẽ dẫn đầu thay cho { $from }.
sens-below = { $group } { $title }: nếu trọng số giảm dưới { $share } (hiện { $now }), { $to } sẽ dẫn đầu thay cho { $from }.

critical-group = Thay đổi trọng số nhỏ nhất của một nhóm làm đổi { $subject ->
        [agency] đơn vị dẫn đầu
       *[product] sản phẩm dẫn đầu
    }: nhóm { $group } { $title } từ { $now } thành { $share }.
critical-none = Không có trọng số nhóm nào (thay đổi riêng lẻ) làm đổi { $subject ->
        [agency] đơn vị dẫn đầu
       *[product] sản phẩm dẫn đầu
    }.
robustness-exact = Nếu chọn lại tổ chấm từ chính các cán bộ này, { $name } xếp thứ nhất trong { $share } số trường hợp.
robustness-sampled = Nếu chọn lại tổ chấm từ chính các cán bộ này, { $name } xếp thứ nhất trong { $share } số trường hợp (ước lượng từ { $draws } lần rút ngẫu nhiên; có thể lệch khoảng một điểm).

## Bảng tóm tắt trên dòng lệnh
sum-title = KẾT QUẢ ĐÁNH GIÁ — { $title } ({ $id })
sum-intro = { $count } phiên đánh giá, tổng hợp điểm các cán bộ bằng { $aggregation }; điểm trên thang 0–100.
agg-mean = trung bình cộng
agg-median = trung vị
sum-fails = { $name } không đạt tiêu chí bắt buộc: { $list }
sum-groups = Nhóm tiêu chí và trọng số:
sum-sensitivity = Độ nhạy (nếu thay đổi trọng số của một nhóm, các nhóm khác giữ nguyên tỷ lệ):
sum-warnings = Cảnh báo:

## Dòng lệnh
cli-no-command = không có lệnh hay tệp "{ $word }"; các lệnh: validate, summary, charts, report, submit, checklist (xem evaldesk --help)
cli-headless = bản EvalDesk này không có cửa sổ (được dựng không có tính năng "gui"); hãy dùng một lệnh: validate, summary, charts, report, submit, checklist (xem evaldesk --help)
cli-checked = Đã kiểm tra { $total } tệp: { $valid } hợp lệ ({ $checklists } danh sách tiêu chí, { $sessions } phiên đánh giá{ $reviews ->
    [0] {""}
   *[other] , { $reviews } biên bản họp
}), { $invalid } không hợp lệ ({ $problems } lỗi).
cli-already-submitted = phiên này đã được nộp (dấu niêm phong { $fingerprint }); không thể nộp lại
cli-missing = chưa thể nộp: còn thiếu { $count } điểm:
cli-submitted = Đã nộp và niêm phong { $file }.
cli-fingerprint = Dấu niêm phong (ghi lên bản giấy để ký): { $fingerprint }
cli-full-sha = SHA-256 đầy đủ: { $sha }
cli-sealed-output-failed = Phiên đã được nộp và niêm phong trên đĩa (dấu { $fingerprint }), nhưng không in được thông báo: { $reason }
identical-copy = { $dropped } là bản sao y hệt của { $kept }: phiên này chỉ được tính một lần.
cli-ignored = Không đọc (không phải tệp phiên đánh giá hay danh sách tiêu chí): { $file }
cli-no-sessions = Không tìm thấy phiên đánh giá nào (*.evaluation.json) trong các đường dẫn đã cho.
cli-renderer-fallback = không khởi động được bộ vẽ mặc định ({ $error }); thử OpenGL.
cli-no-window = không mở được cửa sổ: { $error }

## Biểu đồ
chart-totals = Tổng điểm (thang 100)
chart-not-qualified = không đạt: { $reasons }
chart-head-to-head = { $subject ->
        [agency] Mỗi đơn vị hơn ở đâu
       *[product] Mỗi sản phẩm hơn ở đâu
    }
chart-head-to-head-note = Phần chênh lệch tổng điểm do từng nhóm tạo ra, tính bằng điểm
chart-overall = Chênh lệch chung
chart-groups = Điểm theo nhóm tiêu chí (thang 100)
chart-groups-note = Trọng số của nhóm trong ngoặc
chart-group-label = { $group } ({ $weight })
chart-write-failed = Không ghi được biểu đồ { $file }: { $reason }
cli-chart-written = Đã ghi: { $file }
chart-contributions = Mỗi tổng điểm gồm những gì
chart-contributions-note = Điểm mỗi nhóm góp vào tổng: tỉ lệ trọng số × điểm của nhóm
chart-radar = Điểm theo nhóm dạng mạng nhện (thang 100)
chart-radar-note = Càng xa tâm càng tốt
chart-spread = Tổng điểm của từng người đánh giá
chart-spread-note = Vòng tròn: mỗi người đánh giá; vạch đậm: { $aggregation } dùng trong kết quả
chart-spread-result = kết quả { $total }
chart-sensitivity = Nếu trọng số của { $group } thay đổi
chart-sensitivity-note = Tổng điểm khi trọng số nhóm này đi từ 0 đến 100 %, các nhóm khác giữ nguyên tỉ lệ với nhau
chart-today = hiện nay { $share }
chart-axis-weight = trọng số của { $group }
chart-sensitivity-grid = Trọng số khác có đổi người dẫn đầu không?
chart-sensitivity-grid-note = Mỗi ô một nhóm: tổng điểm khi trọng số của nhóm đi từ 0 đến 100 %; nét đứt: trọng số hiện nay
chart-grid-robust = không trọng số nào đổi người dẫn đầu
chart-robustness = Nếu chọn lại hội đồng đánh giá
chart-robustness-exact = Tỉ lệ đứng đầu qua mọi cách chọn lại { $count } người từ chính { $count } người đánh giá (tính đủ)
chart-robustness-sampled = Tỉ lệ đứng đầu qua { $draws } lần chọn lại ngẫu nhiên từ { $count } người đánh giá (hạt giống cố định)
chart-grid-changes = đổi người dẫn đầu ở { $shares }
results-headline = { $name } xếp thứ nhất với { $total } điểm, hơn { $second } { $margin } điểm.
results-headline-alone = { $name }: { $total } điểm.
results-qualified = Đạt mọi tiêu chí bắt buộc.
results-unqualified = Không { $subject ->
        [agency] đơn vị
       *[product] ứng viên
    } nào đạt mọi tiêu chí bắt buộc; { $name } không đạt { $reasons }.
results-charts = Biểu đồ
chart-tab-totals = Tổng điểm
chart-tab-head-to-head = Hơn kém theo nhóm
chart-tab-groups = Theo nhóm
chart-tab-contributions = Cấu thành
chart-tab-radar = Mạng nhện
chart-tab-spread = Người đánh giá
chart-tab-sensitivity = Độ nhạy
chart-tab-sensitivity-grid = Mọi nhóm
chart-tab-robustness = Hội đồng
export-charts = Xuất biểu đồ…
export-progress = Đang ghi tệp: { $done }/{ $total }
export-done = Đã ghi { $count } tệp biểu đồ vào { $folder }.
what-if = Thử trọng số khác
what-if-banner = Trọng số đã thay đổi — không phải của bảng tiêu chí. Không có gì được lưu.
what-if-reset = Trở về trọng số của bảng tiêu chí
what-if-robustness = Độ vững theo hội đồng tính với trọng số của bảng tiêu chí.
what-if-robustness-line = Với trọng số của bảng tiêu chí: { $line }
what-if-hint = Kéo hoặc gõ trọng số của một nhóm; các nhóm khác giữ nguyên tỉ lệ với nhau.
evaluators = Người đánh giá
submitted-only = Chỉ phiên đã nộp
counted = Tính
status-no-scores = chưa chấm gì: không tính trừ khi đánh dấu
results-reading = Đang đọc { $files } tệp…
results-computing = Đang tính kết quả của { $sessions } phiên đánh giá…
no-session-counted = Không phiên nào được tính: hãy đánh dấu ít nhất một phiên bên dưới.
not-sealed = chưa niêm phong
disagreements = Chỗ người đánh giá không thống nhất
disagreement-row = { $criterion } — { $candidate }: từ { $min } đến { $max }
no-disagreement = Người đánh giá thống nhất ở mọi tiêu chí.
value = Giá trị
groups-detail = Các nhóm và tiêu chí
result = Xếp loại
seal-column = Niêm phong
groups-detail-note = Mỗi ô: giá trị dùng trong kết quả (điểm quy đổi thang 100); dòng dưới: giá trị của từng người đánh giá. Trỏ chuột vào ô để xem ghi chú.
done-title = Đã xong
export-size = Cỡ hình
settings-unreadable = Không đọc được tệp thiết lập báo cáo { $file }: { $reason }
settings-bad = Tệp thiết lập báo cáo { $file }, dòng { $line }, cột { $column }: { $reason }
settings-bad-date = Tệp thiết lập báo cáo { $file }: ngày "{ $date }" phải là một ngày từ năm 1900, viết dạng NNNN-TT-NN, ví dụ 2015-04-22
report-number = Số: { $number }/BC-{ $short }
report-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
report-nation = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
report-motto = Độc lập - Tự do - Hạnh phúc
report-title = BÁO CÁO
report-subject = Kết quả đánh giá theo { $checklist }
report-to = Kính gửi: { $to }
report-recipients = Nơi nhận:
report-recipient-to = - Như trên;
report-archive = - Lưu: VT, { $short }.
report-s-purpose = Mục đích, phạm vi
report-purpose = Báo cáo trình bày kết quả đánh giá { $candidates } theo "{ $checklist }" ({ $groups } nhóm, { $criteria } tiêu chí), do { $evaluators } cán bộ chấm độc lập; điểm của các cán bộ được tổng hợp bằng { $aggregation }. Mọi con số trong báo cáo có thể kiểm tra lại bằng tay theo mục "Phương pháp tính".
report-s-checklist = Bộ tiêu chí và trọng số
report-checklist-intro = Các tiêu chí chia thành { $groups } nhóm; trọng số của nhóm là phần của nhóm trong tổng điểm 100.
report-col-group = Nhóm
report-col-title = Tên nhóm
report-col-criteria = Số tiêu chí
report-sources = Căn cứ xây dựng tiêu chí: { $sources }.
report-s-evaluators = Cán bộ đánh giá
report-drafts = Lưu ý: { $names } chưa nộp phiên chấm (bản nháp, chưa niêm phong); điểm của các cán bộ này vẫn được tính.
report-s-results = Kết quả
report-groups-table = Điểm theo nhóm (thang 100):
report-s-charts = Biểu đồ
report-figure = Hình { $number }. { $title }
report-s-safety = Độ tin cậy của kết quả
report-sensitivity-intro = Nếu thay đổi trọng số của một nhóm (các nhóm khác giữ nguyên tỷ lệ):
report-s-disagreements = Những điểm cán bộ chấm khác nhau
report-s-method = Phương pháp tính
report-method-1 = Với mỗi tiêu chí và mỗi { $subject ->
        [agency] cơ quan, đơn vị
       *[product] sản phẩm
    }, điểm của các cán bộ được tổng hợp bằng { $aggregation }; điểm N/A và điểm bỏ trống không tính.
report-method-2 = Điểm được quy về thang 0–1: tiêu chí thang điểm lấy (điểm − thấp nhất) / (cao nhất − thấp nhất); tiêu chí có/không lấy 0 hoặc 1; tiêu chí số càng thấp càng tốt (giá) lấy giá thấp nhất / giá đang xét, càng cao càng tốt lấy giá trị / giá trị cao nhất.
report-method-3 = Điểm nhóm = 100 × Σ(trọng số tiêu chí × điểm 0–1) / Σ trọng số, trên các tiêu chí được chấm; tổng điểm = Σ(trọng số nhóm × điểm nhóm) / Σ trọng số nhóm, trên các nhóm được chấm.
report-method-4 = { $subject ->
        [agency] Đơn vị không đạt một tiêu chí bắt buộc vẫn có tổng điểm nhưng xếp sau mọi đơn vị đạt
       *[product] Sản phẩm không đạt một tiêu chí bắt buộc vẫn có tổng điểm nhưng xếp sau mọi sản phẩm đạt
    }; tổng điểm bằng nhau thì cùng hạng.
report-example = Ví dụ tính tay — tiêu chí { $criterion } của { $candidate }: các cán bộ chấm { $values }; { $aggregation } là { $value }. Quy về thang 0–1: ({ $value } − { $low }) / ({ $high } − { $low }) ≈ { $score }. Tiêu chí có trọng số { $weight } trong nhóm { $group }, nên góp { $weight } × { $score } × 100 ≈ { $part } điểm vào điểm nhóm; cộng phần của mọi tiêu chí trong nhóm được { $groupscore } điểm. Nhóm { $group } có trọng số { $groupweight }, góp { $groupweight } × { $groupscore } ≈ { $grouppart } điểm vào tổng điểm { $total } của { $candidate }.
report-s-warnings = Cảnh báo
report-no-warnings = Không có.
report-s-proposal = Đề xuất
report-proposal = (Phần đề xuất do bộ phận tham mưu soạn thảo.) ……
report-written = Đã ghi báo cáo vào { $folder }: { $files }
report-exists = { $folder } đã có; chọn thư mục khác, hoặc thêm --force để thay thế
report-failed = Không ghi được báo cáo vào { $folder }: { $reason }. Không có tệp nào được ghi.
csv-session = Phiên
csv-group = Nhóm
csv-criterion-title = Tên tiêu chí
csv-na = Không áp dụng
sheet-totals = Tổng điểm
sheet-groups = Điểm nhóm
sheet-criteria = Điểm tiêu chí
sheet-raw = Điểm từng người
sheet-weights = Trọng số
sheet-agreement = Độ thống nhất
sheet-sensitivity = Độ nhạy
sheet-charts = Biểu đồ
col-value-of = { $candidate }: giá trị
col-score-of = { $candidate }: điểm 0–1
col-weight-in-group = Trọng số trong nhóm
col-global-weight = Trọng số trong tổng
col-count = Số người chấm
col-min = Thấp nhất
col-max = Cao nhất
col-mean = Trung bình
col-sd = Độ lệch chuẩn
col-disagree = Khác nhau nhiều
col-today = Trọng số hiện nay
col-crossing = Đổi người dẫn đầu ở
col-from = Dẫn đầu trước
col-to = Dẫn đầu sau
col-distance = Cách hiện nay (điểm %)
io-at = { $file }: { $reason }
cli-bad-date = ngày "{ $date }" phải là một ngày từ năm 1900, viết dạng NNNN-TT-NN, ví dụ 2015-04-22
report-not-folder = { $folder } là một tệp, không phải thư mục; hãy chọn tên khác cho báo cáo
report-done = Đã ghi báo cáo vào { $folder }.
export-report = Xuất báo cáo…
candidates-covered = Phiên này chấm { $count } trên { $total } đối tượng trong danh sách: đánh dấu những đối tượng được giao cho bạn.
cover-all = Chọn tất cả
cover-none = Bỏ chọn tất cả
scored-here = Chấm
one-at-a-time = { $count } đối tượng, chấm lần lượt từng đối tượng (phím mũi tên trái, phải):
candidate-progress = { $name } — đã chấm { $done }/{ $total }
chart-not-qualified-short = không đạt
chart-head-to-head-top = Phần chênh lệch tổng điểm do từng nhóm tạo ra, tính bằng điểm: đơn vị dẫn đầu so với ba đơn vị tiếp theo

## Tiêu chí từ bảng tính
sheet-place-sheet = trang “{ $sheet }”
sheet-place-row = dòng { $row }
sheet-place-cell = dòng { $row }, cột { $letter } ({ $column })
sheet-place-and = { $first }, { $second }
sheet-unreadable = không đọc được bảng tính: { $detail }
sheet-no-header = trang tính trống: dòng đầu phải ghi tên các cột (group, id, title_vi, …)
sheet-no-rows = trang tính có tên cột nhưng không có tiêu chí nào bên dưới
sheet-unknown-column = “{ $name }” không phải cột EvalDesk biết; các cột là: { $known }
sheet-missing-column = thiếu cột “{ $name }”
sheet-duplicate-column = cột “{ $name }” xuất hiện hai lần
sheet-empty-cell = ô này trống nhưng phải có giá trị
sheet-not-number = “{ $text }” không phải là số
sheet-not-yes-no = “{ $text }” không phải có hoặc không (ghi yes hoặc no)
sheet-unknown-kind = “{ $text }” không phải loại tiêu chí: ghi scale, yes_no hoặc numeric
sheet-unknown-better = “{ $text }” không phải chiều so sánh: ghi lower (càng thấp càng tốt) hoặc higher
sheet-unknown-item = “{ $text }” không phải mục của trang này (checklist, scale_min, scale_max, scale_step, level, grade, candidate, group_pairwise, criteria_pairwise)
sheet-bad-matrix = không đọc được ma trận ({ $detail }); ghi các hàng như [[1, 3], [0.3333, 1]]
sheet-unknown-group = trang tiêu chí không có nhóm “{ $id }”
sheet-group-differs = nhóm “{ $group }” đã có tên, trọng số hoặc nguồn khác ở dòng { $first_row }
sheet-guide-heading = Nội dung của từng cột
sheet-col-group = Mã nhóm (ví dụ G1). Ghi lại trên mọi dòng của nhóm.
sheet-col-group-title = Tên nhóm bằng tiếng Việt (group_title_en: tiếng Anh). Chỉ cần ghi ở dòng đầu của nhóm.
sheet-col-group-weight = Trọng số của nhóm (số dương bất kỳ; được quy ra phần trăm). Để trống: 1.
sheet-col-id = Mã tiêu chí, không trùng trong bộ tiêu chí (ví dụ G1.1).
sheet-col-title = Tên tiêu chí bằng tiếng Việt (title_en: tiếng Anh).
sheet-col-guidance = Người chấm cần kiểm tra gì; hiện bên cạnh tiêu chí.
sheet-col-source = Văn bản, quy định mà tiêu chí dựa vào.
sheet-col-kind = scale (giá trị trên thang điểm; mặc định), yes_no (0 hoặc 1) hoặc numeric (số đo được).
sheet-col-unit = Với tiêu chí số: đơn vị, ví dụ triệu đồng/năm.
sheet-col-better = Với tiêu chí số: lower (càng thấp càng tốt) hoặc higher.
sheet-col-mandatory = yes khi đối tượng không đạt tiêu chí này thì không được chọn.
sheet-col-threshold = Mức tiêu chí bắt buộc cần đạt (tiêu chí số: phải ghi).
sheet-col-weight = Trọng số của tiêu chí trong nhóm (số dương bất kỳ). Để trống: 1.
sheet-col-english = Các cột kết thúc bằng _en ghi bằng tiếng Anh; có thể để trống.
sheet-col-checklist-sheet = Trang “checklist” giữ mã, tên, thang điểm, đối tượng được đánh giá, xếp loại và ma trận AHP của bộ tiêu chí; giữ trang này để nhập lại bảng tính mà không thay đổi gì.
level-not-met = Không đáp ứng
level-fully-met = Đáp ứng đầy đủ

## Soạn bộ tiêu chí
new-checklist = Bộ tiêu chí mới…
edit-copy = Sửa một bản sao
edit-checklist = Sửa bộ tiêu chí này
dialog-filter-sheet = Bảng tính (*.xlsx, *.xls, *.ods, *.csv)
editor-title = Soạn bộ tiêu chí
editor-new-title = Bộ tiêu chí mới
editor-evaluate = Bắt đầu đánh giá với bộ này
editor-export = Xuất ra Excel…
editor-import = Nhập tiêu chí từ bảng tính…
editor-problems = { $count } chỗ cần sửa trước khi giao cho người chấm
editor-tab-criteria = Nhóm và tiêu chí
editor-tab-weights = Trọng số
editor-tab-settings = Thang điểm, xếp loại, { $subject ->
        [agency] đơn vị
       *[product] ứng viên
    }
editor-add-group = Thêm nhóm
editor-add-criterion = Thêm tiêu chí
editor-move-up = Lên
editor-move-down = Xuống
editor-remove = Xóa
editor-tree-keys = Lên/Xuống: chọn · Alt+Lên/Xuống: di chuyển · Insert: thêm tiêu chí · Ctrl+Insert: thêm nhóm · Delete: xóa · kéo một dòng thả lên dòng khác để chuyển chỗ
editor-checklist = Bộ tiêu chí
editor-checklist-hint = { $groups } nhóm, { $criteria } tiêu chí. Chọn một nhóm hoặc tiêu chí bên trái để sửa.
editor-field-id = Mã
editor-field-title = Tên
editor-field-source = Nguồn (văn bản, quy định làm căn cứ)
editor-field-guidance = Hướng dẫn người chấm
editor-field-kind = Kiểu trả lời
editor-field-unit = Đơn vị
editor-field-mandatory = Bắt buộc ({ $subject ->
        [agency] đơn vị không đạt thì xếp sau mọi đơn vị đạt
       *[product] ứng viên không đạt thì không được chọn
    })
editor-field-threshold = cần đạt ít nhất
editor-field-weight = Trọng số
editor-weight-by-ahp = Được tính từ so sánh cặp (AHP) ở thẻ Trọng số.
editor-move-to-group = Chuyển sang nhóm
editor-kind-scale = Thang điểm
editor-kind-yes-no = Có / không
editor-kind-numeric = Số đo được
editor-better-higher = Càng cao càng tốt
editor-better-lower = Càng thấp càng tốt
editor-levels = Các cấp trọng số
editor-level-groups = Các nhóm
editor-direct = Trọng số trực tiếp
editor-ahp = So sánh cặp (AHP)
editor-direct-hint = Nhập số dương bất kỳ: điều quan trọng là tỷ lệ của mỗi số, hiện ra bằng phần trăm.
editor-ahp-hint = Mỗi ô cho biết hàng quan trọng hơn cột bao nhiêu (thang 1–9 của Saaty); 1/x nghĩa là cột quan trọng hơn. Nửa còn lại tự điền.
editor-weight-positive = phải lớn hơn 0
editor-global-weights = Trọng số thực tế của từng tiêu chí
editor-global-unknown = Chưa tính được trọng số khi còn trọng số không lớn hơn 0.
editor-global-of = { $group } × { $within }
editor-consistency = λmax = { $lambda }, CI = { $ci }, CR = { $cr }
editor-consistent-enough = Các so sánh đủ nhất quán (CR không quá 0,10).
editor-revisit = Các so sánh mâu thuẫn nhau (CR trên 0,10). Xem lại “{ $row }” so với “{ $column }”: đang ghi { $current }; các so sánh khác cho thấy { $consistent }, gần nhất trên thang là { $suggested }.
editor-use-value = Dùng { $value }
editor-scale = Thang điểm
editor-scale-min = Từ
editor-scale-max = đến
editor-scale-step = bước
editor-scale-words = Lời cho các mức điểm (người chấm nhìn thấy)
editor-grades = Xếp loại
editor-grades-hint = Các khoảng của tổng điểm, từ cao xuống thấp; khoảng cuối bắt đầu từ 0. Để trống nếu không xếp loại.
editor-grade-from = Từ
editor-add-grade = Thêm mức xếp loại
editor-candidates = { $subject ->
        [agency] Cơ quan, đơn vị
       *[product] Ứng viên
    }
editor-candidates-hint = { $subject ->
        [agency] Các cơ quan, đơn vị
       *[product] Các sản phẩm
    } mà một lượt đánh giá so sánh theo mặc định; người chấm có thể chỉ đánh dấu những nơi được giao.
editor-add-candidate = Thêm { $subject ->
        [agency] đơn vị
       *[product] ứng viên
    }
editor-locked = { $file } đang được { $holder } sửa; chưa mở.
editor-fix-first = Cần sửa { $count } chỗ này trước:
editor-imported = { $file }: đã nhập { $groups } nhóm, { $criteria } tiêu chí.
editor-imported-undo = Hoàn tác (Ctrl+Z) đưa bộ tiêu chí về như trước.
editor-import-failed = Chưa nhập { $file } ({ $count } chỗ sai); bộ tiêu chí giữ nguyên:
editor-exported = Đã ghi bộ tiêu chí ra { $file }.
editor-path-import = Bảng tính cần nhập:
editor-path-export = Lưu bảng tính thành:
saaty-1 = quan trọng như nhau
saaty-2 = hơi quan trọng hơn
saaty-3 = quan trọng hơn vừa phải
saaty-4 = quan trọng hơn khá nhiều
saaty-5 = quan trọng hơn nhiều
saaty-6 = quan trọng hơn (giữa nhiều và rất nhiều)
saaty-7 = quan trọng hơn rất nhiều
saaty-8 = quan trọng hơn (giữa rất nhiều và tuyệt đối)
saaty-9 = quan trọng hơn tuyệt đối
saaty-favours = { $value } — { $item } { $words }
saaty-cell = “{ $row }” so với “{ $column }”: { $judgement }
editor-global-hint = Tỷ trọng của nhóm × tỷ trọng trong nhóm. Các thanh vẽ so với tiêu chí lớn nhất.
chart-others = { $count } đơn vị còn lại (màu xám)
chart-radar-top = { $count } đơn vị đứng đầu; càng xa tâm càng tốt (biểu đồ điểm theo nhóm có đủ tất cả)
no-overlap = Không có { $subject ->
        [agency] đơn vị
       *[product] ứng viên
    } nào được hai người đánh giá chấm cùng một tiêu chí, nên không có gì để so mức thống nhất.

# issue 23: charts
chart-key-more = … và { $count } mục nữa (đủ trong các bảng của báo cáo)
chart-grid-some = { $shown } trong { $total } nhóm: trước hết các nhóm mà đổi trọng số sẽ đổi người dẫn đầu (thay đổi nhỏ nhất trước), rồi đến các nhóm nặng nhất; đủ các nhóm trong mục độ nhạy của báo cáo
# issue 23: model (numbers that stay finite, nobody counted twice, ties)
p-too-large = con số { $value } quá lớn: EvalDesk chỉ nhận số không lớn hơn { $limit }, để mọi phép cộng vẫn cho ra một con số
p-revises-itself = một phiên không thể là bản sửa của chính nó: `revises` đang ghi mã id của chính phiên này
p-same-candidate-name = đối tượng "{ $id }" có tên "{ $name }", trùng với tên của đối tượng "{ $other_id }" tại { $first }: hai đối tượng cùng tên thì không phân biệt được trong kết quả; hãy đặt tên riêng cho mỗi đối tượng, hoặc dùng chung một mã
p-same-name-other-id = đặt tên đối tượng "{ $id }" là "{ $name }", trùng với tên đối tượng "{ $other_id }" trong { $other }: hội đồng sẽ không phân biệt được hai đối tượng này; hãy dùng cùng một mã cho đối tượng đó trong mọi phiên
p-same-evaluator = do cùng một người chấm với { $other } ({ $name }) và cả hai đều chấm { $candidate }: người chấm này sẽ bị tính hai lần. Hãy giữ tệp đúng và chuyển tệp kia ra khỏi thư mục; bản sửa tạo bằng "Sao thành bản nháp mới" ghi rõ nó thay cho phiên nào, khi đó chỉ bản sửa được tính
revision-replaces = { $newer } là bản sửa của { $older } (cùng người chấm): chỉ bản sửa được tính.
results-headline-tie = Đồng hạng nhất với { $total } điểm: { $names }.
results-no-result = Chưa có kết quả: chưa có điểm nào được chấm.
robustness-tie = { $names } đang đồng hạng nhất, nên không thể nói bên nào sẽ xếp thứ nhất nếu chọn lại tổ chấm từ chính các cán bộ này.
robustness-no-result = Chưa có kết quả nên chưa tính được độ vững theo tổ chấm: chưa có điểm nào được chấm.
# issue 23: exports
export-not-folder = { $folder } là một tệp, không phải thư mục; hãy chọn tên khác cho thư mục cần ghi
export-holds-input = { $folder } chứa { $input } đang được đọc, nên không ghi gì vào đó; hãy chọn một thư mục không chứa các phiên chấm, ví dụ một thư mục mới bên cạnh
export-is-link = { $folder } là liên kết tới nơi khác nên EvalDesk không thay thế; hãy chọn một thư mục mới
export-not-ours = { $folder } không do EvalDesk ghi ra (không có tệp { $manifest } liệt kê các tệp EvalDesk đã ghi) nên không bị thay thế; hãy chọn một thư mục mới, hoặc tự dọn trống thư mục này
export-foreign-file = { $folder } có tệp { $file } không do EvalDesk ghi ra nên thư mục không bị thay thế; hãy chuyển tệp đó đi nơi khác, hoặc chọn một thư mục mới
export-changed-file = { $file } đã bị sửa sau khi EvalDesk ghi ra nên { $folder } không bị thay thế; hãy lưu bản đã sửa ở nơi khác, hoặc chọn một thư mục mới
report-score-failed = { $file }: điểm { $evaluator } chấm tiêu chí { $criterion } cho { $candidate }: { $reason }
xlsx-too-long = văn bản dài quá 32.767 ký tự, mức tối đa một ô chứa được
xlsx-too-big = nhiều hàng hoặc cột hơn mức một trang tính chứa được (1.048.576 hàng, 16.384 cột)
xlsx-cut = … [đã cắt bớt: toàn văn có trong { $file }]
docx-pack-failed = không đóng gói được tài liệu ({ $reason })
csv-seal = Niêm phong (SHA-256)
sheet-sessions = Phiên chấm
# issue 23: spreadsheet import
sheet-date-not-number = ô này chứa một ngày ({ $date }) ở chỗ cần một số: Excel tự đổi 1/2 gõ vào ô thành ngày tháng; hãy viết số dưới dạng thập phân (0,5)
sheet-no-result = ô này chứa công thức chưa được lưu kết quả: hãy mở tệp bằng Excel (hoặc LibreOffice), lưu lại rồi nhập lại
sheet-cell-outside = ô { $cell } có giá trị nằm ngoài { $rows } dòng và { $columns } cột đầu tiên (từ A đến { $last }) mà EvalDesk đọc: hãy xoá ô đó, hoặc chuyển các tiêu chí về vùng này (trong Excel, Ctrl+End đưa tới ô cuối cùng có dùng)
sheet-too-large = tệp quá lớn để là một bảng tiêu chí: khi giải nén, các trang tính chiếm hơn { $mb } MB hoặc trải trên hơn { $cells } ô
sheet-no-visible-sheet = sổ tính không có trang tiêu chí nào đang hiện: mọi trang trừ “checklist” đều bị ẩn (hãy bỏ ẩn trang cần nhập)
sheet-not-a-spreadsheet = đây không phải bảng tính mà EvalDesk đọc được (.xlsx, .xls, .ods hoặc .csv)
sheet-read = Đã đọc tiêu chí từ trang “{ $sheet }” (trang đầu tiên đang hiện).
sheet-hidden-sheets = { $count ->
   *[other] Trang ẩn { $names } đứng trước không được đọc.
}
sheet-hidden-rows = { $count ->
   *[other] Dòng { $rows } đang bị ẩn trong trang tính và vẫn được nhập như các dòng khác (bỏ ẩn trong Excel để xem, hoặc xoá những dòng không phải tiêu chí).
}
sheet-import-reading = Đang đọc { $file }…
sheet-import-cells = { $count ->
   *[other] Đã đọc { $count } ô
}
cli-checklist-written = Đã ghi: { $file }
cli-checklist-out-suffix = tệp ghi ra “{ $file }” phải có đuôi { $suffix }
cli-checklist-same-file = tệp ghi ra “{ $file }” chính là tệp đang đọc; hãy chọn tên khác
cli-checklist-exists = { $file } đã có; hãy chọn tên khác, hoặc thêm --force để thay thế
cli-checklist-not-imported = { $file } không được nhập ({ $count } lỗi); không có tệp nào được ghi:
export-is-input = { $folder } đang được đọc (chứa các phiên chấm), nên không ghi gì vào đó; hãy chọn thư mục khác, ví dụ một thư mục mới bên cạnh
robustness-not-applicable = Không tính độ vững theo tổ chấm: mỗi người đánh giá chấm những { $subject ->
        [agency] cơ quan, đơn vị khác nhau (hoặc đơn vị tự đánh giá)
       *[product] sản phẩm khác nhau
    }, nên chọn lại tổ chấm chỉ so sánh chúng qua những người chấm khác nhau, không cho biết thêm điều gì.
chart-robustness-not-applicable = Mỗi người đánh giá chấm những { $subject ->
        [agency] đơn vị
       *[product] sản phẩm
    } khác nhau

# issue 24: windows
save-held-open = Không lưu được { $file }: một chương trình khác đang mở tệp này (khung xem trước của File Explorer, phần mềm diệt virus đang quét, hoặc EvalDesk trên máy khác). Tệp vẫn nguyên như cũ, không mất gì: hãy đóng chương trình đó, hoặc đợi một lát, rồi lưu lại.
windows-file-description = EvalDesk: chấm điểm phần mềm, cơ quan theo bộ tiêu chí có trọng số
installer-run = Mở EvalDesk ngay
installer-guide = Đọc hướng dẫn sử dụng
installer-guide-file = HUONG-DAN.txt
installer-shortcut = Chấm điểm phần mềm, cơ quan theo bộ tiêu chí có trọng số
installer-kept = Các phiên đánh giá của bạn (Tài liệu\EvalDesk), thiết lập và bản sao phục hồi (%APPDATA%\EvalDesk) vẫn được giữ nguyên.

# issue 26: kết quả họp thống nhất, thẩm định
p-review-empty-reason = quyết định phải có lý do: ghi vì sao tổ thống nhất giá trị này
p-review-duplicate-decision = tiêu chí "{ $criterion }" cho "{ $candidate }" đã có quyết định tại decisions[{ $first }]: mỗi ô chỉ có một quyết định
p-review-bad-date = ngày "{ $date }" không đúng dạng YYYY-MM-DD, ví dụ 2015-04-28
p-review-pin-malformed = dấu nhận dạng phải gồm 64 ký tự hệ mười sáu viết thường (SHA-256)
p-review-session-twice = phiên "{ $id }" đã có trong danh sách tại sessions[{ $first }]
p-review-other-checklist = biên bản được lập trên bộ tiêu chí "{ $review }", nhưng các phiên chấm dùng "{ $sessions }"
p-review-checklist-changed = bộ tiêu chí của các phiên chấm không còn là bộ đã dùng khi họp: nội dung đã thay đổi
p-review-session-missing = không thấy phiên "{ $id }", phiên mà tổ đã xem xét khi họp, trong các tệp đã đọc: hãy đặt lại tệp đó cạnh các phiên khác (hoặc lập biên bản mới cho các phiên hiện có)
p-review-session-changed = phiên "{ $id }" trong { $file } đã thay đổi sau cuộc họp: tổ đã quyết định trên các điểm khác
p-review-session-added = { $file } chứa phiên "{ $id }", phiên không có trong biên bản: tổ chưa xem các điểm này; hãy chuyển tệp ra khỏi thư mục hoặc lập biên bản mới
p-review-unknown-candidate = không có đối tượng "{ $id }" trong các phiên được xem xét
p-review-seal-missing = biên bản đã chốt phải có dấu niêm phong (`seal`)
p-review-seal-mismatch = dấu niêm phong không khớp: biên bản đã bị sửa sau khi chốt
p-review-seal-on-draft = biên bản nháp không được có dấu niêm phong: biên bản này đã chốt rồi bị chuyển lại thành nháp bên ngoài EvalDesk; hãy dùng tệp đã chốt, hoặc "Sao thành bản nháp mới"
p-review-revises-itself = biên bản không thể sửa chính nó: `revises` ghi mã của chính biên bản
p-review-two = là biên bản thứ hai của cùng các phiên này, bên cạnh { $other }, và không bản nào ghi là sửa bản kia: hãy giữ bản đúng và chuyển bản kia ra khỏi thư mục
review-replaces = { $newer } là bản sửa của biên bản { $older }: chỉ dùng bản sửa.
w-review-draft = Kết quả đã tính các quyết định của cuộc họp thống nhất có biên bản còn là bản nháp: các quyết định này còn có thể thay đổi.
w-appraisal-draft = Kết quả đã tính các quyết định thẩm định còn là bản nháp: các quyết định này còn có thể thay đổi.
declare-no-conflict = Tôi cam kết không có xung đột lợi ích với các bên được đánh giá
declaration-column = Cam kết không xung đột lợi ích
declared-yes = có
declared-no = chưa cam kết
undeclared-sessions = { $count } phiên được tính chưa có cam kết không xung đột lợi ích: { $names }.

# The meeting screen: the panel's consensus (or the council's appraisal), recorded by the chair
mt-open-consensus = Họp thống nhất
mt-open-appraisal = Thẩm định
mt-ro-final = Biên bản này đã chốt và niêm phong nên chỉ xem được.
mt-ro-locked-by = { $who } đang mở biên bản này, nên bạn chỉ xem được.
mt-ro-stale-lock = Biên bản này còn khóa của { $who }, nhưng có vẻ người đó đã đóng chương trình. Bạn có thể nhận quyền sửa nếu chắc chắn không ai khác đang dùng.
mt-ro-cannot-lock = Không khóa được biên bản để sửa ({ $reason }), nên chỉ xem được.
mt-back = « Kết quả
mt-meeting = Cuộc họp: ngày, địa điểm, thành phần
mt-date = Ngày (YYYY-MM-DD)
mt-bad-date = “{ $date }” không phải ngày dạng YYYY-MM-DD (ví dụ 2015-04-28): chỉ được ghi khi đúng dạng.
mt-place = Địa điểm
mt-chair = Chủ trì
mt-secretary = Thư ký
mt-members = Thành viên
mt-member-name = Họ tên
mt-member-role = Vai trò
mt-present = Có mặt
mt-add-member = Thêm thành viên
mt-remove-member = Bỏ
mt-apply-meeting = Ghi các thông tin này
mt-flagged = Các ô người chấm chưa thống nhất ({ $count })
mt-search = Tìm ô bất kỳ: mã hoặc tên tiêu chí, tên đối tượng
mt-found = Ô tìm thấy ({ $count })
mt-no-match = Không có ô nào khớp “{ $search }”.
mt-choose-cell = Chọn một ô bên trái (phím mũi tên lên, xuống), rồi Enter để nhập giá trị thống nhất.
mt-evaluators = Giá trị và ghi chú của từng người chấm
mt-not-scored = chưa chấm
mt-aggregate = Giá trị tổng hợp hiện nay: { $value }
mt-aggregate-none = Giá trị tổng hợp hiện nay: chưa chấm
mt-agreed = Giá trị thống nhất
mt-reason = Lý do (bắt buộc)
mt-decide = Quyết định (Ctrl+Enter)
mt-need-reason = Hãy ghi lý do trước: mỗi quyết định cần có lý do.
mt-need-value = Nhập giá trị thống nhất, chọn một mức, hoặc chọn N/A.
mt-bad-value = Không thể thống nhất giá trị này: { $reason }.
mt-undecide = Bỏ quyết định này
mt-before-after = Đã quyết định: từ { $before } thành { $after }
mt-decided-by = do { $who } ghi, { $at }
mt-decided-mark = đã quyết định
mt-decisions = Đã có { $count } quyết định
mt-standing = Kết quả với các quyết định đến lúc này:
mt-rank = { $rank }. { $name }: { $total }
mt-finalize = Kết thúc họp, chốt biên bản…
mt-finalize-confirm = Chốt biên bản? Sau khi chốt, biên bản được niêm phong và không thể thay đổi: mọi quyết định giữ nguyên như hiện tại.
mt-finalize-yes = Chốt và niêm phong
mt-finalized = Biên bản đã chốt và niêm phong (dấu vân tay { $fingerprint }). Kết quả nay đã tính các quyết định này.
mt-save = Lưu (Ctrl+S)
mt-nothing-counted = Không có phiên nào được tính, nên cuộc họp không có gì để quyết định.
mt-file = Biên bản: { $file }
cli-review-already-final = biên bản này đã chốt (dấu niêm phong { $fingerprint }); không thể thay đổi: "Sao thành bản nháp mới" tạo bản sửa
cli-review-closed = Đã chốt và niêm phong biên bản { $file }.
cli-review-not-closed = biên bản chưa được chốt: không khớp với các phiên chấm đặt cạnh

# review-report: the panel's decisions in the report, the minutes, the workbook, the CSV, the summary
rv-rep-s-consensus = Kết quả họp thống nhất
rv-rep-s-appraisal = Kết quả thẩm định
rv-rep-meeting-consensus = cuộc họp thống nhất
rv-rep-meeting-consensus-on = cuộc họp thống nhất ngày { $date }
rv-rep-meeting-appraisal = cuộc họp thẩm định
rv-rep-meeting-appraisal-on = cuộc họp thẩm định ngày { $date }
rv-rep-includes = Kết quả trên đã tính { $count } quyết định của { $meeting }.
rv-rep-includes-draft = Kết quả trên đã tính { $count } quyết định của { $meeting }; biên bản họp còn là bản nháp nên các quyết định này còn có thể thay đổi.
rv-rep-intro = Mỗi dòng là một giá trị cuộc họp đã thống nhất, bên cạnh điểm của từng cán bộ, điểm trước khi họp (điểm của các cán bộ tổng hợp bằng { $aggregation }) và lý do.
rv-rep-none = Cuộc họp không thay đổi giá trị nào.
rv-rep-col-evaluators = Điểm từng cán bộ
rv-rep-col-before = Trước họp
rv-rep-col-agreed = Thống nhất
rv-rep-col-reason = Lý do
rv-rep-col-by = Người ghi
rv-rep-col-at = Thời điểm ghi
rv-rep-na = Không áp dụng
rv-rep-col-declared = Cam kết không xung đột lợi ích
rv-rep-sum-consensus = Quyết định của tổ chuyên gia:
rv-rep-sum-appraisal = Quyết định của hội đồng thẩm định:
rv-rep-sum-line = { $criterion } × { $candidate }: { $before } → { $value } — { $reason }
rv-rep-sheet = Quyết định
minutes-number = Số: { $number }/BB-{ $short }
minutes-draft = DỰ THẢO
minutes-title = BIÊN BẢN
minutes-subject-consensus = Họp thống nhất kết quả đánh giá theo { $checklist }
minutes-subject-appraisal = Họp thẩm định kết quả tự đánh giá theo { $checklist }
minutes-s-time = Thời gian, địa điểm
minutes-began = Thời gian bắt đầu: …… giờ ……, ngày { $day } tháng { $month } năm { $year }.
minutes-place = Địa điểm: { $place }.
minutes-s-who = Thành phần tham dự
minutes-chair = Chủ trì: { $name }.
minutes-secretary = Thư ký: { $name }.
minutes-present = Thành viên có mặt:
minutes-absent = Thành viên vắng mặt:
minutes-nobody = không có.
minutes-s-content = Nội dung
minutes-disputed = Cuộc họp xem xét các tiêu chí mà điểm của các cán bộ chấm còn khác nhau:
minutes-no-disputed = Điểm của các cán bộ chấm không khác nhau ở tiêu chí nào.
minutes-decided = Cuộc họp đã thảo luận và thống nhất { $count } giá trị sau, kèm lý do:
minutes-no-decision = Cuộc họp giữ nguyên điểm các cán bộ đã chấm.
minutes-s-conclusion = Kết luận
minutes-ranking = Với các giá trị đã thống nhất, { $subject ->
        [agency] các cơ quan, đơn vị xếp hạng
       *[product] kết quả xếp hạng
    } như sau:
minutes-ended = Cuộc họp kết thúc vào …… giờ …… cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và nhất trí.
minutes-secretary-sign = THƯ KÝ
minutes-chair-sign = CHỦ TRÌ
minutes-sign-hint = (Ký, ghi rõ họ tên)
minutes-to-members = - Các thành viên dự họp;
minutes-col-no = STT
review-left-out = Biên bản { $file } không được tính vào kết quả này: biên bản được lập trên các phiên khác với các phiên đang được tính.
mt-review-not-for-these = Không thể bắt đầu họp thống nhất: biên bản đặt cạnh các phiên này được lập trên các phiên khác. Hãy chọn tính đúng các phiên của biên bản, hoặc chuyển biên bản ra khỏi thư mục.
mt-reviews-refused = Không thể bắt đầu họp thống nhất: thư mục có nhiều hơn một biên bản (liệt kê ở trên). Hãy giữ bản đúng và chuyển các bản khác ra khỏi thư mục.
minutes-declared = Cán bộ chấm đã cam kết, khi nộp phiên, không có xung đột lợi ích với các bên được đánh giá: { $names }.
minutes-not-declared = Cán bộ chấm chưa cam kết không có xung đột lợi ích: { $names }.

## Cuộc họp: khôi phục biên bản, bản nháp sửa đổi, khóa cũ (mt2-)

mt2-restore = Khôi phục biên bản chưa lưu
mt2-recovery-who = Biên bản họp — bản chưa lưu lúc { $time }
mt2-recovery-change = { $criterion } × { $candidate }: tệp đã lưu ghi { $disk }, bản chưa lưu ghi { $unsaved }
mt2-recovery-none = chưa quyết định
mt2-recovery-decision = { $value } (lý do: { $reason })
mt2-restored = Đã khôi phục và lưu biên bản { $file }. Mở lại cuộc họp từ màn hình kết quả để làm tiếp.
mt2-copy-as-draft = Sao thành bản nháp mới
mt2-copied = Bản nháp mới { $file } sửa đổi biên bản đã chốt; từ nay kết quả dùng bản nháp này.
mt2-take-over = Nhận quyền sửa biên bản
lock-unknown-user = một người dùng (hệ thống không cho biết tên)
drill-aggregate = { $value } ({ $points } điểm)

## Tự đánh giá, minh chứng, kỳ đánh giá (self-)

self-p-covers-one = phiếu tự đánh giá chỉ chấm đúng một đối tượng là chính cơ quan, đơn vị: phiếu này chấm { $count } đối tượng
self-p-evidence-no-ref = minh chứng phải có "ref" (số, tên văn bản) hoặc "file" (tệp đính kèm), hoặc cả hai
self-p-evidence-bad-date = ngày "{ $date }" không đúng dạng YYYY-MM-DD, ví dụ 2015-03-31
self-p-evidence-path = tệp minh chứng "{ $file }" phải là đường dẫn tương đối, ngăn bằng /, nằm trong thư mục của chính phiếu (không có "..", không có ổ đĩa, không bắt đầu bằng /, không có \)
self-p-evidence-no-sha = tệp minh chứng "{ $file }" phải có "sha256" để biết khi tệp bị thay đổi
self-p-evidence-sha-malformed = "sha256" của tệp minh chứng phải gồm 64 ký tự thập lục phân viết thường
self-p-evidence-changed = tệp minh chứng { $file } đã bị thay đổi sau khi đính kèm: SHA-256 không còn khớp với phiếu
self-p-evidence-missing = không thấy tệp minh chứng { $file } (điểm vẫn được tính, nhưng không kiểm tra được minh chứng)
self-p-evidence-required = tiêu chí "{ $criterion }" bắt buộc có minh chứng: thêm minh chứng, hoặc ghi chú vì sao không có
self-p-different-period = phiếu này thuộc kỳ "{ $period }", còn { $other } thuộc kỳ "{ $other_period }": mỗi lần tổng hợp chỉ lấy các phiếu của một kỳ
self-p-two-self = { $other } cũng là phiếu tự đánh giá của "{ $candidate }": mỗi cơ quan, đơn vị chỉ có một phiếu tự đánh giá trong một lần tổng hợp
editor-valid-with-warning = Hợp lệ, có cảnh báo: { $count } ma trận so sánh cặp chưa đủ nhất quán (CR lớn hơn { $limit })
note-waiting = Ghi chú này đang chờ điểm của ô: sẽ được lưu cùng giá trị hoặc N/A đầu tiên.
copy-mark = (bản sao)
own-checklists = Bộ tiêu chí của đơn vị

## Khối xếp hạng và tiêu chí chỉ áp dụng cho một số khối (cat-)

cat-none = không có
cat-p-unknown = không có khối "{ $id }" trong danh sách tiêu chí (các khối: { $known })
cat-p-no-categories = danh sách tiêu chí chưa có khối xếp hạng: hãy liệt kê trong "categories" trước
cat-p-empty-applies-to = "applies_to" không nêu khối nào: tiêu chí sẽ không áp dụng cho đơn vị nào
cat-p-outside-group = khối "{ $id }" không thuộc các khối mà nhóm { $group } áp dụng
cat-p-not-the-checklists = đơn vị "{ $candidate }" ở đây thuộc khối { $here } nhưng trong danh sách tiêu chí thuộc khối { $listed }
cat-p-does-not-apply = tiêu chí { $criterion } không áp dụng cho { $candidate } ({ $category }): không được chấm
cat-p-does-not-apply-none = tiêu chí { $criterion } không áp dụng cho { $candidate } (không thuộc khối nào): không được chấm
cat-p-two-categories = xếp đơn vị "{ $id }" vào khối { $category }, còn { $other } xếp vào khối { $other_category }: mỗi đơn vị chỉ thuộc một khối
keys-read-only = Phím: mũi tên lên/xuống: tiêu chí · trái/phải: đối tượng · Ctrl+F: lọc · phiên này chỉ xem được: không phím nào thay đổi điểm
open-folder = Mở thư mục
open-folder-failed = Không mở được thư mục { $folder }: { $reason }
cell-not-applicable = không áp dụng
cell-not-applicable-why = Tiêu chí này không áp dụng cho khối của cơ quan này: không chấm và không bao giờ bị tính là thiếu.

## Bundled agency checklist, its blocks and evidence in criteria sheets (data-)
data-sheet-col-applies-to = Các khối (mã khối, cách nhau bằng dấu phẩy, ví dụ huyen) mà tiêu chí áp dụng; để trống: mọi khối. Mã khối ghi ở trang “checklist”, mục category.
data-sheet-col-evidence = bắt buộc (hoặc required) khi bản tự đánh giá phải có minh chứng cho điểm của tiêu chí này; để trống: không bắt buộc.
data-sheet-unknown-evidence = “{ $text }” không phải yêu cầu minh chứng: ghi bắt buộc (hoặc required), hoặc để trống
data-sheet-unknown-subject = “{ $text }” không phải đối tượng đánh giá: ghi product (sản phẩm) hoặc agency (cơ quan, đơn vị)
data-sheet-unknown-item = “{ $text }” không phải mục của trang này (checklist, subject, scale_min, scale_max, scale_step, level, grade, category, candidate, group_pairwise, criteria_pairwise)
## Tự đánh giá trong ứng dụng: biểu mẫu, minh chứng, nộp (selfui-)

selfui-kind = Loại phiên
selfui-kind-evaluation = Đánh giá (chuyên gia)
selfui-kind-self = Tự đánh giá của cơ quan
selfui-self-explained = Cơ quan tự chấm mình theo danh sách tiêu chí, kèm minh chứng cho từng điểm; hội đồng thẩm định sau.
selfui-agency = Cơ quan tự đánh giá
selfui-pick-agency = Chọn cơ quan…
selfui-period = Kỳ đánh giá
selfui-period-hint = ví dụ 2015-Q2
selfui-need-agency = Cần chọn cơ quan tự đánh giá.
selfui-no-agencies = Danh sách tiêu chí này không liệt kê cơ quan nào: cơ quan tự đánh giá phải có tên trong danh sách.
selfui-heading = Tự đánh giá của { $agency }
selfui-heading-period = Tự đánh giá của { $agency } · kỳ { $period }
selfui-evidence = Minh chứng
selfui-evidence-none = Chưa có minh chứng.
selfui-evidence-needs-score = Chấm điểm ô này trước, rồi thêm minh chứng.
selfui-evidence-required = Tiêu chí này yêu cầu minh chứng: thêm văn bản hoặc tệp, hoặc ghi chú lý do không có.
selfui-attach = Đính kèm tệp…
selfui-attach-why = Tệp được sao vào thư mục minh-chung/ bên cạnh tệp phiên, kèm mã SHA-256 để biết nếu về sau tệp bị sửa.
selfui-ref = Số văn bản
selfui-date = Ngày (YYYY-MM-DD)
selfui-title = Trích yếu
selfui-page = Trang
selfui-add-ref = Thêm văn bản
selfui-need-ref = Cần nhập số văn bản.
selfui-bad-date = Ngày "{ $date }" không đúng dạng YYYY-MM-DD, ví dụ 2015-03-31.
selfui-item-date = ngày { $date }
selfui-item-page = trang { $page }
selfui-open = Mở
selfui-open-why = Mở tệp bằng chương trình xem của máy.
selfui-remove = Xoá
selfui-remove-why = Bỏ minh chứng này khỏi điểm. Tệp đã sao trong minh-chung/ vẫn giữ nguyên: nơi khác có thể còn dùng.
selfui-needs-evidence = cần minh chứng
selfui-needs-evidence-why = Tiêu chí này yêu cầu minh chứng: thêm văn bản hoặc tệp ở khung bên phải, hoặc ghi chú lý do không có.
selfui-open-failed = Không mở được tệp { $file }: { $reason }
selfui-attach-read-failed = Không đọc được tệp { $file }: { $reason }
selfui-attach-write-failed = Không chép được tệp vào thư mục { $folder }: { $reason }
selfui-no-dialog = Máy này không mở được hộp chọn tệp của hệ thống, nên chưa đính kèm được tệp. Hãy ghi số văn bản, ngày, trích yếu và trang thay cho tệp.
selfui-lacking-count = Trong đó { $count } ô thiếu minh chứng hoặc ghi chú lý do.
selfui-lacking-cell = { $cell }: thiếu minh chứng hoặc ghi chú lý do
## Hội đồng thẩm định kết quả tự đánh giá của các cơ quan (appr-)

appr-title = Hội đồng thẩm định kết quả tự đánh giá
appr-title-period = Hội đồng thẩm định kết quả tự đánh giá kỳ { $period }
appr-agencies = Cơ quan, đơn vị
appr-progress = { $name }: đã xét { $done }/{ $total } · đã sửa { $changed }
appr-not-self = { $name }: chưa tự đánh giá
appr-criteria-of = Tiêu chí của { $name }
appr-claimed = Cơ quan tự chấm: { $value }
appr-note = Ghi chú của cơ quan: { $note }
appr-evidence = Minh chứng
appr-no-evidence = Không có minh chứng.
appr-page = tr. { $page }
appr-open = Mở
appr-accept = Chấp nhận
appr-accept-reason = Đúng với minh chứng
appr-nothing-claimed = Cơ quan chưa chấm tiêu chí này: hãy nhập giá trị của hội đồng và lý do.
appr-or-change = Hoặc sửa: giá trị của hội đồng (hoặc không áp dụng), kèm lý do (bắt buộc).
appr-decided = Đã quyết định: { $value } ({ $reason })
appr-section = Tự đánh giá và kết quả thẩm định
appr-col-agency = Cơ quan, đơn vị
appr-col-claimed = Tự đánh giá
appr-col-appraised = Sau thẩm định
appr-col-difference = Chênh lệch
appr-col-changed = Số tiêu chí sửa
appr-col-criterion = Tiêu chí
appr-col-reason = Lý do
appr-points = { $value }
appr-changes-of = { $name }: sửa { $count } tiêu chí
appr-by-evaluators = theo chấm điểm của cán bộ đánh giá của Sở
appr-no-changes = Hội đồng không sửa giá trị tự chấm nào.
appr-changed-cells = Các giá trị hội đồng thẩm định đã sửa
appr-minutes-council = Hội đồng thẩm định
appr-minutes-agency = { $name }: sửa { $count } giá trị
appr-csv-claimed-total = Tổng điểm tự đánh giá
appr-csv-appraised-total = Tổng điểm sau thẩm định
appr-minutes-changes = Các giá trị hội đồng thẩm định đã sửa, theo từng cơ quan:
appr-minutes-line = { $criterion }: từ { $claimed } thành { $appraised } ({ $reason })
appr-minutes-who = Hội đồng: { $title }.
## The year: several periods side by side (evaldesk trend)
trend-title = Kết quả qua các kỳ đánh giá: { $periods }
trend-block-rank = Hạng trong khối
trend-overall-rank = Hạng chung
trend-mean = Điểm bình quân
trend-change = So với kỳ trước
trend-up = ▲ { $places }
trend-down = ▼ { $places }
trend-same = =
trend-no-block = Chưa xếp khối
trend-unqualified-note = * chưa đạt tiêu chí bắt buộc ở ít nhất một kỳ: xếp sau những đơn vị đạt.
trend-period-failed = Kỳ { $folder } không tính được: xem các lỗi ở trên.
trend-other-checklist = Lưu ý: kỳ { $folder } dùng bộ tiêu chí { $checklist }, khác bộ { $first } của kỳ đầu; điểm của các kỳ này đo những điều khác nhau.
chart-trend-totals = Tổng điểm qua các kỳ (xếp theo hạng cả năm)
chart-trend-rank-changes = Thay đổi thứ hạng so với kỳ trước
chart-trend-since = Từ { $from } đến { $to }; — là không được chấm ở cả hai kỳ
chart-trend-up = tăng { $places } bậc
chart-trend-down = giảm { $places } bậc
year-subject = Kết quả đánh giá, xếp hạng mức độ ứng dụng công nghệ thông tin năm { $year }
year-s-periods = Các kỳ đánh giá
year-periods-intro = Kết quả năm tổng hợp từ { $count } kỳ đánh giá, mỗi kỳ tính riêng theo bộ tiêu chí, các phiếu đánh giá và kết quả thẩm định của kỳ đó:
year-period-line = Kỳ { $period }: { $checklist }; { $sessions } phiếu, { $units } đơn vị được chấm.
year-method = Điểm cả năm của mỗi đơn vị là bình quân tổng điểm các kỳ đơn vị được chấm; đơn vị chưa đạt tiêu chí bắt buộc ở kỳ nào thì xếp sau các đơn vị đạt. Hai cột cuối so sánh kỳ cuối với kỳ liền trước (▲ tăng, ▼ giảm, = giữ hạng).
year-s-ranking = Xếp hạng cả năm
year-s-block = Xếp hạng khối { $block }
year-unit = Cơ quan, đơn vị
year-grade = Xếp loại
year-s-changes = Thay đổi so với kỳ trước
year-no-change = Chỉ có một kỳ, hoặc không đơn vị nào được chấm ở cả hai kỳ cuối: chưa so sánh được.
year-change-counts = Từ kỳ { $from } đến kỳ { $to }: { $compared } đơn vị được chấm ở cả hai kỳ, { $up } đơn vị tăng điểm, { $down } đơn vị giảm điểm.
year-rose-most = Tăng hạng nhiều nhất: { $name } (tăng { $places } bậc).
year-fell-most = Giảm hạng nhiều nhất: { $name } (giảm { $places } bậc).
year-unqualified-note = (*) Chưa đạt tiêu chí bắt buộc ở ít nhất một kỳ: xếp sau các đơn vị đạt.
year-names-xlsx = xep-hang-nam.xlsx
year-sheet = Xếp hạng năm
year-block = Khối
year-rank-in = Hạng { $period }
year-change-points = Thay đổi điểm
year-change-places = Thay đổi hạng
year-chart-means = Điểm bình quân cả năm
year-written = Đã ghi báo cáo năm vào { $folder }.
year-change-places-short = Thay đổi hạng
year-change-points-short = Thay đổi điểm
chart-trend-totals-sub = Mỗi chấm một kỳ, từ trái sang phải: { $periods }; thang 0–100, vạch mờ ở 50
## Khối xếp hạng (issue 27): các thẻ của màn hình kết quả, các bảng theo khối của báo cáo
block-overall = { $subject ->
        [agency] Toàn tỉnh
       *[product] Chung
    }
block-other = { $subject ->
        [agency] Đơn vị chưa xếp khối
       *[product] Chưa xếp khối
    }
block-table = Xếp hạng — { $block }
block-col-category = Khối
block-col-category-rank = Hạng trong khối

## Reading the agency quarter (lead)
declared-self = tự đánh giá (không áp dụng)
appr-changed-by-evaluators = { $count } (cán bộ của Sở chấm)
appr-differs-of = { $name }: khác { $count } tiêu chí so với điểm cán bộ của Sở chấm
appr-scored-by-department = { $count } đơn vị do cán bộ đánh giá của Sở chấm, nên điểm tự đánh giá của các đơn vị này chỉ để đối chiếu (không qua thẩm định): { $names }.
