//! Just enough of the compound file format (the container of `.xls`) to take out the
//! workbook stream, so its cells can be counted before calamine lays every sheet out as a
//! rectangle. Every chain is followed at most as many steps as the file has sectors, so a
//! loop in a damaged file ends.

const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

struct Container<'a> {
    bytes: &'a [u8],
    sector: usize,
    fat: Vec<u32>,
}

impl Container<'_> {
    fn sector(&self, i: u32) -> Option<&[u8]> {
        let start = (i as usize).checked_add(1)?.checked_mul(self.sector)?;
        self.bytes.get(start..start.checked_add(self.sector)?)
    }

    fn sectors(&self) -> usize {
        self.bytes.len() / self.sector
    }

    /// The sectors of a chain, in order.
    fn chain(&self, start: u32, table: &[u32]) -> Option<Vec<u32>> {
        let mut chain = Vec::new();
        let mut at = start;
        while at != END_OF_CHAIN {
            if chain.len() > table.len() {
                return None; // a loop
            }
            chain.push(at);
            at = *table.get(at as usize)?;
        }
        Some(chain)
    }

    fn read(&self, start: u32, size: Option<usize>) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        for s in self.chain(start, &self.fat)? {
            out.extend_from_slice(self.sector(s)?);
            if size.is_some_and(|n| out.len() >= n) {
                break;
            }
        }
        if let Some(n) = size {
            if out.len() < n {
                return None;
            }
            out.truncate(n);
        }
        Some(out)
    }
}

/// The FAT: the sector numbers of its sectors come from the header and the DIFAT chain.
fn fat(bytes: &[u8], sector: usize) -> Option<Vec<u32>> {
    let mut fat_sectors: Vec<u32> = (0..109)
        .filter_map(|i| u32_at(bytes, 0x4C + 4 * i))
        .collect();
    let mut difat = u32_at(bytes, 0x44)?;
    let mut steps = 0;
    while difat < END_OF_CHAIN - 2 {
        steps += 1;
        if steps > bytes.len() / sector {
            return None;
        }
        let start = (difat as usize + 1).checked_mul(sector)?;
        let s = bytes.get(start..start + sector)?;
        let n = sector / 4 - 1;
        fat_sectors.extend((0..n).filter_map(|i| u32_at(s, 4 * i)));
        difat = u32_at(s, 4 * n)?;
    }
    let count = u32_at(bytes, 0x2C)? as usize;
    let mut fat = Vec::new();
    for &s in fat_sectors.iter().take(count) {
        let start = (s as usize).checked_add(1)?.checked_mul(sector)?;
        let data = bytes.get(start..start + sector)?;
        fat.extend((0..sector / 4).filter_map(|i| u32_at(data, 4 * i)));
    }
    Some(fat)
}

/// The stream named `Workbook` (or `Book`, BIFF5) of a compound file, or `None` when the
/// file is not one or is damaged.
pub fn workbook_stream(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.get(..8)? != SIGNATURE {
        return None;
    }
    let shift = u16_at(bytes, 0x1E)?;
    if shift != 9 && shift != 12 {
        return None;
    }
    let sector = 1usize << shift;
    let container = Container {
        bytes,
        sector,
        fat: fat(bytes, sector)?,
    };
    let directory = container.read(u32_at(bytes, 0x30)?, None)?;
    let entries: Vec<&[u8]> = directory.chunks_exact(128).collect();
    let name = |e: &[u8]| -> String {
        let len = (u16_at(e, 64).unwrap_or(0) as usize).min(64) / 2;
        let units: Vec<u16> = (0..len.saturating_sub(1))
            .filter_map(|i| u16_at(e, 2 * i))
            .collect();
        String::from_utf16_lossy(&units)
    };
    let root = entries.iter().find(|e| e.get(66) == Some(&5))?;
    let book = ["Workbook", "Book"].into_iter().find_map(|wanted| {
        entries
            .iter()
            .find(|e| e.get(66) == Some(&2) && name(e).eq_ignore_ascii_case(wanted))
    })?;
    let start = u32_at(book, 116)?;
    let size = u32_at(book, 120)? as usize;
    if size > bytes.len() {
        return None;
    }
    let cutoff = u32_at(bytes, 0x38)? as usize;
    if size >= cutoff {
        return container.read(start, Some(size));
    }
    // A small stream lives in the mini stream, in 64-byte sectors.
    let mini_stream = container.read(u32_at(root, 116)?, Some(u32_at(root, 120)? as usize))?;
    let mini_fat_bytes = container.read(u32_at(bytes, 0x3C)?, None)?;
    let mini_fat: Vec<u32> = (0..mini_fat_bytes.len() / 4)
        .filter_map(|i| u32_at(&mini_fat_bytes, 4 * i))
        .collect();
    let mut out = Vec::new();
    for s in container.chain(start, &mini_fat)? {
        let at = (s as usize).checked_mul(64)?;
        out.extend_from_slice(mini_stream.get(at..at + 64)?);
        if out.len() >= size {
            break;
        }
    }
    (out.len() >= size)
        .then(|| {
            out.truncate(size);
            out
        })
        .filter(|_| container.sectors() > 0)
}
